// tsduino fuzz finding: MISMATCH on host
// origin: mutant of test/corpus/49-generic-functions.ts, mutant seed 221: number 0 → 7 at line 21 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 221
// ours stopped (exit 1) where Node went on: "Uncaught RangeError: index out of range\n" 
// Node prints:
//   empty undefined -1
//   
// tsduino prints:
//   Uncaught RangeError: index out of range
//   
// Generic functions instantiated with several types (monomorphised by the compiler).
function firstOr<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? xs[7] : fallback;
}
console.log(firstOr([], "empty"), firstOr([7], 0), firstOr<number>([], -1));
