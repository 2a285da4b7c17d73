// The loop has no try, but the program has one elsewhere, so calls of functions that may throw are tested
// (the caller returns the error to its own caller).
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
try {
  scale(5000);
} catch (e) {
  console.log("failed:", (e as Error).message);
}
console.log(sum.toFixed(3));
