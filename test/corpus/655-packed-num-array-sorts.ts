// Sorting number[] by hand, as bench/lx106/programs/sort.ts does, on packed and on wide arrays: an
// insertion sort with a negative fraction, a quicksort of ints, and reading past the end on purpose.
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
function insertion(a: number[]): void {
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
function show(label: string, a: number[]): void {
  let s = 0;
  let first = a[0];
  let last = a[a.length - 1];
  for (let i = 0; i < a.length; i++) s = (s * 31 + a[i]) % 1000003;
  console.log(label, a.length, first, last, s);
}
const data: number[] = [];
let seed = 7;
for (let i = 0; i < 200; i++) {
  seed = (seed * 75 + 74) % 65537;
  data.push(seed - 30000);
}
quicksort(data, 0, data.length - 1);
show("quick", data);
const mixed: number[] = [];
for (let i = 0; i < 20; i++) mixed.push((i * 7) % 11);
mixed[5] = -2.5;
insertion(mixed);
show("insertion", mixed);
const wide: number[] = [];
for (let i = 0; i < 30; i++) wide.push(i % 2 === 0 ? i : -i - 0.5);
quicksort(wide, 0, wide.length - 1);
show("wide", wide);
const short: number[] = [3, 1, 2];
quicksort(short, 0, 4);
const s3 = short[3];
console.log("past the end", short.length, short[0] + short[1] + short[2], s3, s3 + 1);
