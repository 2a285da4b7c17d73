// Spread into the arguments of a function: only Math.max/min and push/unshift fold a spread.
function sum3(a: number, b: number, c: number): number {
  return a + b + c;
}
const parts: [number, number, number] = [1, 2, 3];
console.log(sum3(/*@error TSD2111 spread*/...parts));
