// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10158 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10158
// error: ‘withLength’ is not a member of ‘ts::Array<double>’
// signature: G++FAIL error: ‘…’ has no member named ‘…’
let v1: number = 10;
let v2: number[] = [v1, 16, 1, v1];
for (let i27 = 0; i27 < 3; i27++) {
  console.log((new Array<number>(4).fill(v1).length & "12px".length), ((3.75 << i27) & 123.456), v2.join(""));
}
