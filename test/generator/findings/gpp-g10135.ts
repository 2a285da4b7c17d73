// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10135 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10135
// error: duplicate label ‘L14_continue’
// signature: G++FAIL error: expected ‘…’ before ‘…’ token
let v1: number[] = [0.2];
function may2(k: number): number | undefined {
  if (k > 5) return k * 2;
  return undefined;
}
let v13: (n: number) => number = (n: number): number => (may2(n) ?? (n + 0.2));
L14: for (let i15 = 2; i15 > 0; i15--) {
  for (let j16 = 0; j16 < 1; j16++) {
    if (false && j16) continue L14;
  }
}
console.log("ü".padEnd(3, "ab"));
