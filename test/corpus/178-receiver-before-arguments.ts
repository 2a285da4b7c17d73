// A method call evaluates its receiver before its arguments: `v2.fill(f())` where f reassigns v2 fills the
// array v2 held before the call (generator seed 54643 filled the new array instead).
let v1: number[] = [255];
let v2: number[] = [1234567.891];
function f10(): number {
  v2 = v1.filter((x) => x > -1);
  return 3;
}
v2.fill(f10());
console.log(v2.join(","), v1.join(","));
let xs = [1, 2, 3];
function swap(): number {
  xs = [9, 9];
  return 1;
}
console.log(xs.indexOf(swap()), xs.join(","));
xs = [1, 2, 3];
console.log(xs.slice(swap()).join(","), xs.join(","));
xs = [1, 2, 3];
console.log(xs.concat([swap()]).join(","), xs.includes(swap()));
const local = [4, 5, 6];
console.log(local.slice(1).join(","), local.indexOf(5), local.fill(0, 2).join(","));
