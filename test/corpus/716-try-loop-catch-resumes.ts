// A loop whose body is a try/catch is written twice (compiler/src/lower/try-loop.ts): the first copy has no
// catch inside and leaves for the second at the first error, which runs the catch, the rest of that iteration
// and the remaining iterations. Errors at the first, a middle and the last iteration, statements after the try,
// continue and break in the try block and in the catch, a catch that changes the array the loop reads.
function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError(`reading out of range: ${reading}`);
  if (reading < 0) throw new Error(`negative reading: ${reading}`);
  return (reading * 3300) >> 12;
}

function sumReadings(label: string, readings: i32[]): void {
  let sum: i32 = 0;
  let failed: i32 = 0;
  for (let i: i32 = 0; i < readings.length; i++) {
    try {
      sum = sum + scale(readings[i]);
    } catch (e) {
      failed++;
      console.log(label, "failed at", i, (e as Error).message);
    }
  }
  console.log(label, "sum", sum, "failed", failed);
}

sumReadings("none", [1, 2, 3, 4095]);
sumReadings("first", [5000, 2, 3]);
sumReadings("middle", [10, 9000, 20, -4, 30]);
sumReadings("last", [100, 200, 4096]);
sumReadings("all", [4096, 4097, -1]);
sumReadings("empty", []);

// Statements after the try run in both copies; the loop's step runs after the catch too.
const values: i32[] = [7, 8000, 9, 10000, 11];
let seen: i32 = 0;
for (let i: i32 = 0; i < values.length; i += 1) {
  try {
    seen = seen + scale(values[i]);
  } catch (e) {
    console.log("skip", i);
  }
  seen = seen * 2;
  console.log("after", i, seen);
}

// continue and break inside the try block, break and continue inside the catch.
let visited: i32 = 0;
for (let i: i32 = 0; i < 20; i++) {
  try {
    if (i % 3 === 0) continue;
    visited = visited + scale(i === 7 || i === 11 ? 5000 : i);
    if (i === 16) break;
  } catch (e) {
    console.log("caught at", i);
    if (i === 11) continue;
  }
  console.log("visited", i, visited);
}
console.log("visited total", visited);

let stoppedAt: i32 = -1;
for (let i: i32 = 0; i < 10; i++) {
  try {
    scale(i * 1000);
  } catch (e) {
    stoppedAt = i;
    break;
  }
}
console.log("stopped at", stoppedAt);

// The catch grows the array the loop runs over: the loop sees the new length and elements.
const queue: i32[] = [1, 5000, 2];
let processed: i32 = 0;
for (let i: i32 = 0; i < queue.length; i++) {
  try {
    processed = processed + scale(queue[i]);
  } catch (e) {
    if (queue.length < 6) queue.push(queue.length * 100);
  }
}
console.log("processed", processed, "queue", queue.join(","));
