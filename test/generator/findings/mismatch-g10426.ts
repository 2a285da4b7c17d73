// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10426 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10426
// line 1: node "" ours "NaN false"
// Node prints:
//   
// tsduino prints:
//   NaN false
//   NaN line
//   break 10
//   
// signature: MISMATCH g10426
let v1: number[] = [-2.5];
let v2: string = "line\nbreak";
let v3: number = -Infinity;
function may6(k: number): number[] | undefined {
  if (k > 4) return [k, k + 1];
  return undefined;
}
function f18(): number {
  console.log((v3).toString(8), false);
  let v19: number[] | undefined = may6(+(2));
  let v20: Map<string, number> = new Map<string, number>([["k2", v3], ["b", Math.round(10)]]);
  let v21: number = parseFloat("3.14".trimEnd());
  return ((v20.get("z") ?? (v3 | v21)) + (v2.split(",").length / -(v21)));
}
v1.push(v3);
v3 ^= ((v3 >>> 7) - 9007199254740993);
v3 *= (parseInt(v2) + v3);
if (!(v3 || (true || v3 ? false : true))) {
} else {
  console.log(Math.min(v3, f18()), !(v3 != v3) ? "Infinity" : v2, v2.length);
  let v30: Set<number> = new Set<number>();
}
