// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11122 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11122
// line 1: node "line" ours "b"
// Node prints:
//   line
//   break
//   
// tsduino prints:
//   b
//   
// signature: MISMATCH g11122
let c25 = 1;
c25 >>= c25;
console.log(isFinite(31) && c25 ? "b" : "line\nbreak");
