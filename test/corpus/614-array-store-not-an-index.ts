// Storing at a key that is not an array index (the index of `a[(x >>> 0) % a.length] = v` evaluated after x
// popped the last element: NaN; a negative or fractional index): Node stores a named property there, which
// no element read, length, join or iteration sees, and keeps going (fuzz g52003161, g51001024). So does
// tsduino (a read back and console.log see it: 617-619, 625; docs/language.md, "Arrays").
let readings: number[] = [3.75, 65535];
let queue: number[] = [7];
function drain(): number {
  return queue.pop() ?? 10;
}
if (queue.length > 0) queue[(drain() >>> 0) % queue.length] = 34;
console.log(queue.length, queue.join(","), queue[0]);
let names: string[] = ["a"];
if (names.length > 0) names[((names.pop() ?? "x").length >>> 0) % names.length] = "late";
console.log(names.length, names.join("|"));
let k = -1;
readings[k] = 5;
readings[0.5] = 6;
readings[k] += 2;
readings[k]++;
--readings[Infinity];
names[k] = "neg";
names[1.5] += "!";
console.log(readings.length, readings.join(","), (readings[k] = 9) + 1, readings.length, readings[1]);
[names[NaN], readings[-3]] = ["p", 4];
readings[NaN] ||= 3;
names[-7] ??= "q";
console.log(readings.join(), readings.length, names.join(), names.filter((s) => s.length > 0).length);
let counts: number[] = [1, 2, 3];
let total = 0;
for (let i = 0; i < 3; i++) total += counts[i];
counts[NaN] = total;
counts[-2] -= 1;
console.log(counts.length, counts.join(" "), total, JSON.stringify(counts));
const samples: number[] = [10, 20, 30];
let sum = 0;
for (let round = 0; round < 4; round++) {
  if (samples.length > 0) samples[((samples.pop() ?? 1) >>> 0) % samples.length] = round;
  samples[samples.length - 5] = 99;
  samples.push(round * 2);
  sum += samples[0] + samples.length;
}
console.log(sum, samples.length);
// A number[] kept packed as int32 (its elements only read into variables, stored and pushed).
const packed: number[] = [10, 20, 30];
let acc = 0;
for (let i = 0; i < 4; i++) {
  packed[i - 2] = 99 + i;
  packed[(i * 7) % (i - i)] = 5;
  packed.push(i * 2);
  const first = packed[0];
  acc += first + packed.length;
}
const lastOne = packed[packed.length - 1];
console.log(acc, packed.length, lastOne);
