// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11163 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11163
// line 1: node "-12.880000000000003 tab\there" ours ""
// Node prints:
//   -12.880000000000003 tab	here
//   -12.880000000000003 tab	here
//   -12.880000000000003 tab	here
//   -12.880000000000003 tab	here
//   
// tsduino prints:
//   
// signature: MISMATCH g11163
let v1: string = "";
function f5(p6: number[]): number {
  if (!(v1.charCodeAt(3) || !true)) {
    console.log((0.1 * (-129 + 0.2)), true ? "tab\there" : v1);
  } else {
  }
  return 0.30000000000000004;
}
for (const e12 of "0x1f".replaceAll("a", "--")) {
  let v13: number[] = [e12.indexOf(e12)].map((x) => f5([x, x, x, x]));
}
