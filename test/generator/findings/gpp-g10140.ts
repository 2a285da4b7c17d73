// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10140 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10140
// error: duplicate label ‘L12_break’
// signature: G++FAIL error: duplicate label ‘…’
function may1(k: number): number | undefined {
  return k * 2;
}
L12: break L12;
