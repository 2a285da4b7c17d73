// A conditional of integer literals as an operand of arithmetic (`(b ? 256 : 32) / (b ? 100 : 65535)`): in C++
// it is an int, and int / int truncated (0 where JavaScript gives 0.0039…), int * int overflowed
// (fuzz finding g78110082).
const on = "x".length === 1;
console.log((true ? 256 : 32) / (false ? 100 : 65535));
console.log((on ? 65536 : 1) * (on ? 65536 : 1), (on ? 7 : -3) / 2, (on ? -7 : 3) / (on ? 2 : 1));
function ratio(b: boolean): number {
  return (b ? 5 : 3) / (b ? 2 : 4);
}
console.log(ratio(true), ratio(false), (on ? 1 : 2) / 3 + 1, (on ? 5 : 3) % (on ? 2 : 4));
