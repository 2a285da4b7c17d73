// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11338 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11338
// line 1: node "" ours "99 -1"
// Node prints:
//   
// tsduino prints:
//   99 -1
//   
// signature: MISMATCH g11338
enum E3 {
  A = -1,
}
if ((String("1e3") < "a,b,,c") && "1e3".charCodeAt(3)) {
  console.log("a,b,,c".trimEnd().charCodeAt(5), E3.A);
} else {
}
