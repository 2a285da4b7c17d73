// Loops inside try blocks that read past the end of an array or throw mid-loop: the output printed before the
// throw stays, the catch sees Node's error, and the loop's partial results are kept (bench/errors' hoisted
// assumption of no pending error must not change any of it).
class Sensor {
  constructor(public name: string, public value: number) {}
}

function scale(reading: i32): i32 {
  if (reading > 4095) throw new RangeError(`reading out of range: ${reading}`);
  return (reading * 3300) >> 12;
}

function sumAll(values: i32[], upTo: i32): i32 {
  let sum: i32 = 0;
  for (let i: i32 = 0; i < upTo; i++) sum = sum + scale(values[i]);
  return sum;
}

const sensors: Sensor[] = [new Sensor("temp", 21.5), new Sensor("hum", 40), new Sensor("lux", 300)];
let total = 0;
try {
  for (let i = 0; i <= sensors.length; i++) {
    console.log("reading", i);
    total += sensors[i].value;
  }
  console.log("not reached");
} catch (e) {
  console.log("caught:", e instanceof TypeError, (e as Error).message);
}
console.log("total", total);

const readings: i32[] = [100, 2000, 5000, 300, 4095];
let sum: i32 = 0;
try {
  for (let i: i32 = 0; i < readings.length; i++) {
    sum = sum + scale(readings[i]);
    console.log("sum", i, sum);
  }
} catch (e) {
  console.log("stopped:", e instanceof RangeError, (e as Error).message);
}
console.log("sum after", sum);

let good: i32 = 0;
let bad: i32 = 0;
for (let i: i32 = 0; i < readings.length; i++) {
  try {
    good = good + scale(readings[i]);
  } catch (e) {
    bad++;
    console.log("skipped", i, (e as Error).message);
  }
}
console.log("good", good, "bad", bad);

try {
  let n: i32 = 0;
  while (true) {
    n = n + sumAll([1, 2, 3, n * 1000], 4);
    console.log("n", n);
  }
} catch (e) {
  console.log("while stopped:", (e as Error).message);
}

const names: string[] = [];
try {
  let k = 0;
  do {
    names.push(sensors[k].name.toUpperCase());
    k += 2;
  } while (k < 10);
} catch (e) {
  console.log("names", names.join(","), (e as Error).message);
}
