// The bench/errors loops (a try around each call of a cheap i32 function in a tight loop) with errors that do
// happen: in the first iteration, once in the middle of 100000, in the last one, and every 4096th, where the
// first copy of the loop (try-loop.ts) hands over to the second at the first error and the sums stay exact.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError("reading out of range");
  return (reading * 3300) >> 12;
}

function run(label: string, readings: i32[], count: i32): void {
  let sum: i32 = 0;
  let errors: i32 = 0;
  let firstError: i32 = -1;
  for (let i: i32 = 0; i < count; i++) {
    try {
      sum = sum + scale(readings[i % readings.length]);
    } catch (e) {
      if (errors === 0) firstError = i;
      errors++;
    }
  }
  console.log(label, sum, errors, firstError);
}

const clean: i32[] = [];
for (let k: i32 = 0; k < 16; k++) clean.push(k * 250);
run("clean", clean, 100000);

const firstBad: i32[] = [5000];
for (let k: i32 = 1; k < 16; k++) firstBad.push(k * 250);
run("first", firstBad, 100000);

const lastBad: i32[] = [];
for (let k: i32 = 0; k < 15; k++) lastBad.push(k * 250);
lastBad.push(4096);
run("last", lastBad, 16);
run("every16", lastBad, 100000);

const once: i32[] = [];
for (let k: i32 = 0; k < 50000; k++) once.push(k === 49999 ? 9999 : k & 4095);
run("once", once, 50000);

let total: i32 = 0;
let caught: i32 = 0;
for (let i: i32 = 0; i < 100000; i++) {
  try {
    const bump: i32 = i % 4096 === 4095 ? 1 : 0;
    total = total + scale((i & 4095) + bump);
  } catch (e) {
    caught++;
  }
}
console.log("bounded", total, caught);
