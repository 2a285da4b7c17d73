// A function that could throw but does not, called in a loop; no try anywhere in the program (the code
// tsduino generated before try/catch existed: nothing is tested).
function scale(reading: number): number {
  if (reading > 4095) throw new RangeError("reading out of range: " + reading);
  return (reading * 3300) / 4096;
}
let sum = 0;
for (let i = 0; i < 20000; i++) sum += scale(i % 4096);
console.log(sum.toFixed(3));
