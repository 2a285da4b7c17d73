// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10164 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10164
// line 1: node "1234567.891" ours ""
// Node prints:
//   1234567.891
//   
// tsduino prints:
//   
// signature: MISMATCH g10164
if (!((9007199254740993 << 10) || false)) {
  console.log(String(1234567.891));
} else if (false) {
}
