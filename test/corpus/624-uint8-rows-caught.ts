// Issue 10/11 (errs4): a frame buffer kept as rows of Uint8Array (`rows[9][0]` past the last row): Node's
// "Cannot read properties of undefined (reading '0')" on a read or update and "Cannot set properties of undefined
// (setting '3')" on a store (after the value is evaluated) are catchable in the try block and in the functions it
// calls, and drawing goes on.
const WIDTH = 4;
const rows: Uint8Array[] = [];
for (let r = 0; r < 3; r++) rows.push(new Uint8Array(WIDTH));

function plot(r: number, c: number, v: number): void {
  rows[r][c] = v;
}

function brightness(r: number): number {
  let sum = 0;
  for (let c = 0; c < WIDTH; c++) sum += rows[r][c];
  return sum;
}

function shade(r: number, c: number): void {
  rows[r][c] += 40;
  rows[r][c + 1] |= 1;
}

let evaluated = 0;
function value(v: number): number {
  evaluated++;
  return v;
}

const points = [[0, 1, 200], [2, 3, 90], [5, 0, 7], [1, 2, 300]];
for (const [r, c, v] of points) {
  try {
    plot(r, c, v);
    console.log("plot", r, c, "->", rows[r][c]);
  } catch (e) {
    console.log("plot", r, c, "failed:", (e as Error).message);
  }
}

for (let r = 0; r < 5; r++) {
  try {
    shade(r, r);
    console.log("row", r, "brightness", brightness(r));
  } catch (e) {
    console.log("row", r, String(e));
  }
}

try {
  rows[7][3] = value(5);
} catch (e) {
  console.log("store:", (e as Error).message, "value evaluated", evaluated);
}

try {
  console.log(rows[1][2], rows[3][0]);
} catch (e) {
  console.log("read:", (e as Error).message);
}
console.log(rows.map((row) => row.join(" ")).join(" / "));
