// A type guard whose body does not prove its claim: TypeScript narrows by it, so a string would be read as a number.
function isNum(v: number | string): /*@error TSD2304 type guard*/v is number {
  return typeof v === "string";
}
const xs: (number | string)[] = [1, "a"];
console.log(xs.filter(isNum).reduce((a, b) => a + b, 0));
