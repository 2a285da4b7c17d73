// Counting loops whose range does not fit the array: the checked loop runs and behaves as before (a write at
// the length appends, a read past the end of a number[] is undefined, a negative start reads undefined), and
// loops that change the array or the counter are not hoisted at all.
const flags: boolean[] = [false, false, false];
const n: i32 = 3;
for (let j: i32 = 0; j <= n; j++) flags[j] = true;  // j === length appends
console.log(flags.length, flags[3]);

const values: number[] = [1, 2, 3, 4];
let sum = 0;
for (let j: i32 = 2; j < 6; j++) sum += values[j];  // past the end: NaN
console.log(sum);
let before = 0;
for (let j: i32 = -1; j < 2; j++) before += values[j];  // a negative start: NaN
console.log(before);
let tail = 0;
for (let j: i32 = 4; j < 4; j++) tail += values[j];
console.log(tail);

const grow: i32[] = [1, 2, 3];
let limit: i32 = 3;
for (let j: i32 = 0; j < limit; j++) grow[j] = grow[j] * 10;
limit = 5;
for (let j: i32 = 3; j < limit; j++) grow[j] = j;  // appends one by one
console.log(grow, grow.length);

// The body writes another index (it may append), reassigns the array, or moves the counter: left checked.
const shifted: i32[] = [5, 6, 7, 8];
for (let j: i32 = 0; j < 4; j++) shifted[j + 1] = shifted[j] + 1;
console.log(shifted, shifted.length);
let current: i32[] = [1, 1, 1, 1];
const other: i32[] = [9, 9, 9, 9, 9, 9];
let seen: i32 = 0;
for (let j: i32 = 0; j < 4; j++) {
  seen += current[j];
  if (j === 1) current = other;
}
console.log(seen);
let skipped: i32 = 0;
const marks: i32[] = [1, 2, 3, 4, 5, 6, 7, 8];
for (let j: i32 = 0; j < 8; j++) {
  skipped += marks[j];
  j++;
}
console.log(skipped);

// The array is resized between two loops over the same range.
const shrink: i32[] = [4, 4, 4, 4, 4];
let a: i32 = 0;
for (let j: i32 = 0; j < 5; j++) a += shrink[j];
shrink.pop();
shrink.pop();
let b = 0;
for (let j: i32 = 0; j < 5; j++) b += shrink[j] ?? 100;
console.log(a, b, shrink.length);
