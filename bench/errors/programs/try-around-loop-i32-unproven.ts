// The loop of no-try-i32-unproven.ts inside one try: the pending-error test follows every call, and g++
// cannot drop the callee's throw.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}
const readings: i32[] = [];
for (let k: i32 = 0; k < 16; k++) readings.push(k * 250);
let sum: i32 = 0;
try {
  for (let i: i32 = 0; i < 100000; i++) sum = sum + scale(readings[i & 15]);
} catch (e) {
  console.log("failed:", (e as Error).message);
}
console.log(sum);
