// tsduino fuzz finding: MISMATCH on host (session 5, fuzz helper; not fixed: the class declarations are being
// rewritten as IR nodes this session, declarations.ts)
// origin: generated, seed 6004997 (hand-minimised); reproduce the original: npm run fuzz -- --count 1 --seed 6004997
// (with the generator of commit "generator: for-of over a computed string iterates a typed const" or earlier)
// A toString() defined only in a subclass is not called through a variable typed as the base class: String(x)
// takes ts::toString(Ref<A>), whose HasToString<A> is false, so ours prints [object Object]. Node: B(1).
// A fix: a virtual toString in the root of a hierarchy where a subclass defines one (like virtualMethods).
// Node prints:
//   B(1) B(1) at B(1)
// tsduino prints:
//   [object Object] [object Object] at [object Object]
// signature: MISMATCH g6004997
class A {
  constructor(public a: number) {}
}
class B extends A {
  toString(): string {
    return "B(" + this.a + ")";
  }
}
const x: A = new B(1);
console.log(`${x}`, String(x), "at " + x);
