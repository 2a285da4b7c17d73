// Counting loops whose element accesses at the counter are proven in range once, before the loop (issue 12:
// bounds checks hoisted): i32 sieves, several arrays in one loop, u8 and f64 elements, a step held in a
// variable, loops that do not run, and two names for one array.
const N: i32 = 500;
const composite: boolean[] = [];
for (let i: i32 = 0; i <= N; i++) composite.push(false);
let count: i32 = 0;
let last: i32 = 0;
for (let i: i32 = 2; i <= N; i++) {
  if (!composite[i]) {
    count++;
    last = i;
    for (let j: i32 = i * i; j <= N; j += i) composite[j] = true;
  }
}
console.log("primes", count, "last", last);

const bytes: u8[] = [];
const words: i32[] = [];
const reals: f64[] = [];
for (let i: i32 = 0; i < 40; i++) {
  const b: u8 = i * 5;
  bytes.push(b);
  words.push(i * i - 100);
  reals.push(i * 0.25);
}
let mixed: f64 = 0;
let odd: i32 = 0;
for (let j: i32 = 0; j < 40; j++) {
  words[j] = words[j] + bytes[j];
  if (words[j] % 2 !== 0) odd++;
  mixed += reals[j] * 2 + words[j];
}
console.log(words[0], words[13], words[39], odd, mixed);

let step: i32 = 3;
let total: i32 = 0;
for (let j: i32 = 1; j < 40; j += step) total += words[j] - bytes[j];
step = 5;
for (let j: i32 = 2; j <= 39; j += step) {
  bytes[j] = 255;
  total += bytes[j];
}
console.log(total, bytes[2], bytes[7], bytes[37]);

// Loops that never run: an empty range, a start past the bound, an empty array.
const empty: i32[] = [];
let none: i32 = 0;
for (let j: i32 = 0; j < 0; j++) none += empty[j];
for (let j: i32 = 10; j <= 3; j++) none += words[j];
const emptyLength: i32 = empty.length;
for (let j: i32 = 0; j < emptyLength; j++) none += empty[j];
console.log("none", none, empty.length);

// Two names for one array: writes through one are read through the other in the same iteration.
const alias: i32[] = words;
let chain: i32 = 0;
for (let j: i32 = 1; j < 40; j++) {
  alias[j] = words[j - 1] + 1;
  chain = words[j];
}
console.log(chain, words[39] === alias[39], words.length);

// A continue and a break inside the hoisted loop.
let evens: i32 = 0;
for (let j: i32 = 0; j < 40; j++) {
  if (j % 2 === 1) continue;
  if (words[j] > 30) break;
  evens += words[j];
}
console.log("evens", evens);

function sumRange(values: i32[], from: i32, to: i32): i32 {
  let s: i32 = 0;
  for (let k: i32 = from; k < to; k++) s += values[k];
  return s;
}
console.log(sumRange(words, 0, 40), sumRange(words, 5, 6), sumRange(words, 7, 7));
