// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11188 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11188
// line 1: node "false 3 NaN" ours ""
// Node prints:
//   false 3 NaN
//   
// tsduino prints:
//   
// signature: MISMATCH g11188
let v1: boolean = true;
v1 = ((4294967296 / -0) === (65535 << -1));
if (!(Number("1000") && (false && String("aaa") ? v1 : v1))) {
  console.log((Number("1.5") == Math.ceil(-0)), Math.ceil(-(-2.5)), (NaN + (2147483647 & 2147483648)));
}
