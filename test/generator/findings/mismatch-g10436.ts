// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10436 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10436
// line 1: node "512 -1 1e3" ours ""
// Node prints:
//   512 -1 1e3
//   
// tsduino prints:
//   
// signature: MISMATCH g10436
let v2: number = 256;
function may3(k: number): number | undefined {
  return k * 2;
}
if (!("-0".charCodeAt(2) || (false && false))) {
  console.log((may3(v2) ?? Math.min(5, v2)), " pad ".split("-").join("").lastIndexOf("straße".toUpperCase()), "1e3");
}
