// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 53744 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 53744
// error: cannot convert ‘ts::String’ to ‘double’ in return
// signature: G++FAIL error: cannot convert ‘…’ to ‘…’ in return
let v2: boolean = false;
if (v2) {
  for (let i16 = 0; i16 <= 2; i16 += 2) {
    console.log("ü".substring(-1, 0).split("a").length, (i16).toFixed(3), (String(`${i16}|${v2 && String("")}`) >= "a,b,,c") ? "3.14" : "😀");
  }
}
