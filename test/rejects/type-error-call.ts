// A call with an argument of the wrong type.
function twice(n: number): number {
  return n * 2;
}
console.log(twice(/*@error TS2345 not assignable*/"2"));
