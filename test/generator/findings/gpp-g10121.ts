// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10121 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10121
// error: invalid operands of types ‘double’ and ‘double’ to binary ‘operator|’
// signature: G++FAIL error: invalid operands of types ‘…’ and ‘…’ to binary ‘…’
let v1: number = 0.2;
let v2: number = 123.456;
let v3: boolean = true;
function may4(k: number): number | undefined {
  if (k > 5) return k * 2;
  return undefined;
}
function may5(k: number): string | undefined {
  if (k > 1) return "s" + k;
}
function rec12(n: number): number {
  return n < 2 ? n : rec12(n - 1) + rec12(n - 2);
}
let v24: number = "ü".toLowerCase().charCodeAt(5);
if ((String("Infinity") !== "aaa".split(",").join("+"))) {
  v3 = (!true ? !true : !false);
} else {
  v1 |= ~(Math.max(v2, v1));
  console.log((v1 === Math.abs(v1)) ? "line\nbreak" : "straße");
}
console.log((v1 ^ v1));
