// A try around each call of the cheap integer function.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}
let sum: i32 = 0;
for (let i: i32 = 0; i < 100000; i++) {
  try {
    sum = sum + scale(i & 4095);
  } catch (e) {
    console.log("failed:", (e as Error).message);
  }
}
console.log(sum);
