// Yield checks placed rarer (issue 17, session 7): counter loops that check every 2^k iterations on the counter's
// low bits (counting up, down, through negative values, with continue and break), a nest whose inner trips are
// summed over the outer counter's values (no check at all), an array filled only by the top-level code (its
// for...of is short), a recursive function whose body is one while loop (the check moves into the loop), and
// charCodeAt over ASCII and non-ASCII strings (the runtime checks while it decodes the latter).
let acc = 0;
for (let i: i32 = -700; i < 700; i++) {
  if (i % 3 === 0) continue;
  acc = (acc + i * 7.25) % 100003;
}
for (let i: i32 = 1000; i > -5; i--) {
  if (acc > 9000000) break;
  acc = (acc * 1.5 + i) % 65521;
}
let f = 0.5;
for (let i = 0; i < 2000; i++) f = (f * 3.7) % 1.0;
console.log("counters", acc.toFixed(3), f.toFixed(6));

const N: i32 = 3000;
const marks: boolean[] = [];
for (let i: i32 = 0; i <= N; i++) marks.push(false);
let hits: i32 = 0;
for (let i: i32 = 2; i <= N; i++) {
  if (!marks[i]) {
    hits++;
    for (let j: i32 = i * i; j <= N; j += i) marks[j] = true;
  }
}
let pairsBelow: i32 = 0;
for (let a: i32 = 1; a < 60; a++) {
  for (let b: i32 = a; b < 60; b++) if ((a * b) % 7 === 1) pairsBelow++;
}
console.log("nests", hits, pairsBelow);

class Point {
  constructor(public x: number, public y: number) {}
}
const points: Point[] = [];
for (let i = 0; i < 16; i++) points.push(new Point(i, (i * 7) % 5));
points.push(new Point(-1, -1));
let spread = 0;
for (let t = 0; t < 50; t++) {
  for (const p of points) {
    p.x = (p.x + p.y + t) % 97;
    spread += p.x;
  }
}
console.log("points", points.length, spread, points[3].x);

function sortRange(a: number[], lo: number, hi: number): void {
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sortRange(a, lo, j);
      lo = i;
    } else {
      sortRange(a, i, hi);
      hi = j;
    }
  }
}
const values: number[] = [];
let seed = 11;
for (let i = 0; i < 500; i++) {
  seed = (seed * 75 + 74) % 65537;
  values.push(seed % 1000);
}
sortRange(values, 0, values.length - 1);
sortRange(values, 5, 4);
console.log("sorted", values[0], values[250], values[499], values.length);

function codeSum(s: string): number {
  let sum = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) sum = (sum * 31 + s.charCodeAt(i)) % 65521;
  return sum;
}
let ascii = "";
let wide = "";
for (let i = 0; i < 120; i++) {
  ascii += "k" + i;
  wide += "é" + i + "€";
}
console.log("codes", codeSum(ascii), codeSum(wide), codeSum(""), "x€y".charCodeAt(1));
