// The same loop inside one try: every call is followed by a test of the pending error.
function scale(reading: number): number {
  if (reading > 4095) throw new RangeError("reading out of range: " + reading);
  return (reading * 3300) / 4096;
}
let sum = 0;
try {
  for (let i = 0; i < 20000; i++) sum += scale(i % 4096);
} catch (e) {
  console.log("failed:", (e as Error).message);
}
console.log(sum.toFixed(3));
