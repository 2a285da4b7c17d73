// Interval analysis of number locals and parameters (issue 12, int-ranges.ts): quicksort's indices are
// int32_t (a true `a[i] < p` makes i an index; `i <= j` bounds i by j), and every variable whose values can
// leave int32 — unguarded growth, a guard invalidated by a write in an inner loop or by a call, -0, a negative
// remainder, a fraction, a destructuring swap — keeps the exact representation (sums past 2^31 and 2^53).
function quicksort(a: number[], lo: number, hi: number): void {
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
      quicksort(a, lo, j);
      lo = i;
    } else {
      quicksort(a, i, hi);
      hi = j;
    }
  }
}
const data: number[] = [];
let seed = 42;
for (let n = 0; n < 200; n++) {
  seed = (seed * 75 + 74) % 65537;
  data.push(seed - 30000);
}
data.push(-0, 0.5, -2147483648, 2147483647, 4294967296);
quicksort(data, 0, data.length - 1);
console.log(data.slice(0, 6).join(","), data.slice(-4).join(","), 1 / data[3]);

// Scans to the end: i ends at the length, j at -1.
const row: number[] = [1, 2, 3, NaN, 4];
let i = 0;
while (row[i] < 100) i++;
let j = row.length - 1;
while (row[j] > -100) j--;
console.log(i, j, i * 1073741824, j - 2147483647);

// Unguarded doubling: past 2^31 and 2^53.
let k = 1;
for (let r = 0; r < 60; r++) {
  if (k < 100) k += 5;
  k = k + k;
}
console.log(k, k > 2 ** 53);

// A guard whose variable an inner loop writes proves nothing.
let p = 0;
while (p < 5) {
  for (let q = 0; q < 3; q++) p = p + 1000000000;
}
console.log(p);

// A guard on a global that a call changes proves nothing.
let g = 0;
function bump(): void {
  g = 2147483647;
}
for (let r = 0; r < 3; r++) {
  if (g < 10) {
    bump();
    g++;
  }
}
console.log(g);

// -0, a negative remainder, a fraction, a swap by destructuring.
let z = 0;
z = -z;
let m = 5;
m = -7 % m;
let f = 3;
f = f / 2;
let x = 1;
let y = 2147483647;
[x, y] = [y, x];
x = x + 1;
console.log(1 / z, m, 1 / (m * 0), f, x, y);

// Parameters: one call with a fraction, one with a value past int32.
function twice(v: number): number[] {
  return [v + v, v - 1];
}
function span(from: number, to: number): number {
  let count = 0;
  for (let c = from; c < to; c += 1) count++;
  return count + from;
}
console.log(twice(0.5).join(","), twice(2147483647).join(","), span(2147483640, 2147483650), span(-3, 2));
let steps = 0;
let at = 10;
while (at > -5) {
  at -= 3;
  steps++;
}
console.log(steps, at, at * -0 === 0, 1 / (at * 0));

// The same inside a function, where guards on locals count.
function locals(row: number[]): string {
  let i = 0;
  while (row[i] < 100) i++;
  let j = row.length - 1;
  while (row[j] > -100) j--;
  let k = 1;
  for (let r = 0; r < 60; r++) {
    if (k < 100) k += 5;
    k = k + k;
  }
  let p = 0;
  while (p < 5) {
    for (let q = 0; q < 3; q++) p = p + 1000000000;
  }
  let w = 0;
  while (w < 10) {
    w = w + 7;
    w++;
  }
  let v = 2147483600;
  if (v < 2147483647) {
    v += 20;
    v += 20;
  }
  let u = 5;
  if (u <= 5) {
    u = u * 1000000;
    u = u * 1000;
  }
  let s = 0;
  for (let c = 0; c < 10; c++) if (s < 2147483647) s = s + 1073741824;
  let e = -3;
  if (e < 0) e = e * -1;
  return [i, j, i * 1073741824, j - 2147483647, k, p, w, v, u, s, e, 1 / (e - 3)].join(" ");
}
console.log(locals([1, 2, 3, NaN, 4]), locals([]), locals([1, 2, 3, 4, 5, 6]));

// A for loop's increment runs after its body: a write in the body undoes what the condition proved.
function stepped(start: number): void {
  let last = 0;
  for (let i = start; i < 10; i++) {
    i = i + 2147483638;
    last = i;
  }
  let n = 0;
  for (let c = start; c < 3; c++) {
    n = c;
  }
  console.log(last, n, last + n);
}
stepped(0);
stepped(5);
stepped(20);
