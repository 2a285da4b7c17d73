// Calling a function read from an array at a negative or parenthesised index names the callee as V8 prints
// it: no parentheses, a negated literal folded (mutant m-237-…-64820077: ours said "format[(-1)] is not a
// function" where Node says "format[-1] is not a function").
const format: Array<(n: number) => string> = [(n) => "x" + n, (n) => n.toFixed(1)];
const k = 1;
console.log(format[(0)](3), format[(k)](2.25), format[1.0](4));
try {
  console.log(format[(k)](1), format[(-1)](7));
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).message);
}
try {
  console.log(format[2.50](1));
} catch (e) {
  console.log((e as Error).message);
}
console.log(format[-1](7));
