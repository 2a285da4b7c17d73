// A cheap integer function that could throw but does not, called in a loop; no try in the program.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}
let sum: i32 = 0;
for (let i: i32 = 0; i < 100000; i++) sum = sum + scale(i & 4095);
console.log(sum);
