// Only Error values (Error, its built-in subclasses and classes that extend Error) can be thrown.
function check(n: number): number {
  if (n < 0) throw /*@error TSD2008 Error values*/"negative";
  return n;
}
try {
  console.log(check(-1));
} catch (e) {
  console.log("caught");
}
