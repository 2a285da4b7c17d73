// Number(x) of a union with an object member would run the object's valueOf/toString: not supported.
class Reading {
  value = 1;
}
function toNum(r: Reading | string): number {
  return Number(/*@error TSD2005 number conversion of an object union*/r);
}
console.log(toNum("5"), toNum(new Reading()));
