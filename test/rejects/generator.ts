// Generators need suspendable stack frames, which the generated C++ does not have.
function/*@error TSD2118 generator*/* numbers(): Generator<number> {
  yield 1;
  yield 2;
}
for (const n of numbers()) console.log(n);
