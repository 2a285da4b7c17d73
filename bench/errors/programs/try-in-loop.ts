// A try around each call: entering and leaving the try region every iteration, plus the test.
function scale(reading: number): number {
  if (reading > 4095) throw new RangeError("reading out of range: " + reading);
  return (reading * 3300) / 4096;
}
let sum = 0;
for (let i = 0; i < 20000; i++) {
  try {
    sum += scale(i % 4096);
  } catch (e) {
    console.log("failed:", (e as Error).message);
  }
}
console.log(sum.toFixed(3));
