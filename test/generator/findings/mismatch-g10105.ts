// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10105 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10105
// line 1: node "k20x1f 0" ours ""
// Node prints:
//   k20x1f 0
//   
// tsduino prints:
//   
// signature: MISMATCH g10105
for (let i11 = 0; i11 < 1; i11++) {
  if (!((i11 - i11) || (true ? false : false))) {
    console.log(("k2" + "0x1f".padEnd(2)), i11);
  } else {
  }
}
