// tsduino fuzz finding: G++FAIL on host
// origin: generated, seed 10127 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10127
// error: no match for ‘operator=’ (operand types are ‘ts::Array<ts::String>’ and ‘ts::Array<double>’)
// signature: G++FAIL error: no match for ‘…’ (operand types are ‘…’ and ‘…’)
let v1: boolean = true;
function may3(k: number): string | undefined {
  if (k > 0) return "s" + k;
}
let v5: number = NaN;
console.log(v5);
switch ((v5) % 2) {
  case 0: {
    console.log(2147483648);
    console.log(may3((v5 - 4294967295)));
    {
        let v6: string[] = ["aaa".charAt(3), "0", ""].filter((x) => x.length > 3);
        for (let i7 = 0; i7 < 3; i7++) {
          let v8: number = ((i7 / -Infinity) / (255 * 0.2));
          v6 = ([]).slice(0, 28);
        }
        // falls through
      }
  }
}
