// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10126 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10126
// error: operands to ‘?:’ have different types ‘double’ and ‘const ts::Undefined’
// signature: G++FAIL error: operands to ‘…’ have different types ‘…’ and ‘…’
function may2(k: number): number | undefined {
  return k > 3 ? k * 2 : undefined;
}
