// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11335 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11335
// line 1: node "1.7976931348623157e+308 é 1e3" ours "1.7976931348623157e+308 1e3 1e3"
// Node prints:
//   1.7976931348623157e+308 é 1e3
//   
// tsduino prints:
//   1.7976931348623157e+308 1e3 1e3
//   
// signature: MISMATCH g11335
function f10(p11?: number): boolean {
  return false;
}
const v30: number = (0.5 ** 10);
const v33: boolean = f10();
console.log((1.7976931348623157e308).toFixed(6), (v33 || v33) && Number("0x1f") ? "1e3" : "é", !v30 ? "z" : "1e3");
