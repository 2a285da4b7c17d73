// The cheap integer loop inside one try: every call is followed by a test of the pending error.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}
let sum: i32 = 0;
try {
  for (let i: i32 = 0; i < 100000; i++) sum = sum + scale(i & 4095);
} catch (e) {
  console.log("failed:", (e as Error).message);
}
console.log(sum);
