// Issue 11: an LED matrix frame buffer written and read through rows that may be past the end. Writing
// `frame[9][c] = v` raises Node's "Cannot set properties of undefined (setting '3')" after the value is
// computed; `+=`, `++` and `||=` read first ("reading"); a column index that is an expression or a call is
// evaluated once; all catchable, in the function that draws or in its caller.
const WIDTH = 4;
const frame: number[][] = [];
for (let r = 0; r < 3; r++) frame.push(new Array<number>(WIDTH).fill(0));
const labels: string[][] = [["a", "b"], ["c", "d"]];
let cursor = 0;
let computed = 0;

function nextColumn(): number {
  cursor = (cursor + 1) % WIDTH;
  return cursor;
}

function brightness(level: number): number {
  computed++;
  return Math.min(255, level * 16);
}

function plot(r: number, c: number, level: number): void {
  frame[r][c] = brightness(level);
}

function shade(r: number): number {
  let sum = 0;
  for (let c = 0; c + 1 < WIDTH; c++) sum += frame[r][c + 1] - frame[r][c];
  return sum;
}

function fade(r: number): void {
  for (let c = 0; c < WIDTH; c++) frame[r][c] >>= 1;
}

const points = [[0, 1, 3], [2, 3, 20], [5, 0, 7], [1, 2, 9]];
for (const [r, c, level] of points) {
  try {
    plot(r, c, level);
    console.log(`plot ${r},${c} ok`);
  } catch (e) {
    if (e instanceof TypeError) console.log(`plot ${r},${c}: ${e.message} (computed ${computed})`);
  }
}

for (const r of [0, 2, 4]) {
  try {
    console.log(`shade ${r}: ${shade(r)}`);
    fade(r);
  } catch (e) {
    console.log(`row ${r}:`, String(e));
  }
}

try {
  frame[1][nextColumn()]++;
  frame[6][nextColumn()]++;
} catch (e) {
  console.log(String(e), "cursor", cursor);
}
try {
  frame[2][cursor * 2] += 5;
  frame[3][cursor + 1] += 5;
} catch (e) {
  console.log(String(e));
}
try {
  labels[0][1] ||= "x";
  labels[1][3] ||= "e";
  labels[2][0] ||= "f";
} catch (e) {
  console.log(String(e));
}
try {
  const copied = (frame[0][0] = 42) + (frame[8][1] = 7);
  console.log(copied);
} catch (e) {
  console.log(String(e));
}
try {
  console.log(labels[Math.floor(cursor / 2)][cursor % 2].toUpperCase());
  console.log(labels[cursor + 3][cursor - 1]);
} catch (e) {
  console.log(String(e));
}
console.log(frame.map((row) => row.join(" ")).join(" | "));
console.log(JSON.stringify(labels), computed);
