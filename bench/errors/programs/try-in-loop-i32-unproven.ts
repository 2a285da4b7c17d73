// A try around each call of the cheap integer function on readings from an array.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}
const readings: i32[] = [];
for (let k: i32 = 0; k < 16; k++) readings.push(k * 250);
let sum: i32 = 0;
for (let i: i32 = 0; i < 100000; i++) {
  try {
    sum = sum + scale(readings[i & 15]);
  } catch (e) {
    console.log("failed:", (e as Error).message);
  }
}
console.log(sum);
