// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10403 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10403
// line 1: node "undefined 2147483519 -2147483648" ours "undefined 2147483519 -214748364800"
// Node prints:
//   undefined 2147483519 -2147483648
//   
// tsduino prints:
//   undefined 2147483519 -214748364800
//   
// signature: MISMATCH g10403
let v1: number[] = [-2147483648];
let v2: number = 2147483648;
function may4(k: number): number | undefined {
  return undefined;
}
v1.length = 3;
const v25: (n: number) => number = (n: number): number => n;
console.log(String(may4((true ? v2 : v2))), v25((v2 + -129)), v1.join(""));
