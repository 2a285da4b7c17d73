// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10136 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10136
// error: duplicate label ‘L20_break’
// signature: G++FAIL error: jump to label ‘…’ [-fpermissive]
let v1: number[] = [1234567.891];
let v2: string = "😀";
function may5(k: number): string | undefined {
  if (k > 0) return "s" + k;
}
enum E7 {
  A = "a9",
  B = "b8",
  C = "c2",
}
for (let i19 = 0; i19 < 2; i19++) {
  L20: for (let i21 = 0; i21 <= 4; i21 += 2) {
    let v24: number[] = [];
    for (let j25 = 0; j25 < 3; j25++) {
      if (may5(4294967295)?.length) break L20;
    }
  }
}
