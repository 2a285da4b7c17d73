// try-elsewhere.ts without its try: the baseline of the loop in a function.
function scale(reading: number): number {
  if (reading > 4095) throw new RangeError("reading out of range: " + reading);
  return (reading * 3300) / 4096;
}
function total(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += scale(i % 4096);
  return sum;
}
const sum = total(20000);
if (sum < 0) scale(5000);
console.log(sum.toFixed(3));
