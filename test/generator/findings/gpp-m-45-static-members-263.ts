// tsduino fuzz finding: G++FAIL on host
// origin: mutant of test/corpus/45-static-members.ts, mutant seed 263: optional chain Id.count at line 8 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 263
// error: expected primary-expression before ‘;’ token
// Static fields and methods, a static counter updated by the constructor, static factories.
class Id {
  static count = 0;
  static readonly prefix = "id-";
  readonly value: string;
  constructor() {
    this.value = Id.prefix + Id?.count;
  }
}
