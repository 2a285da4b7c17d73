// A hand-written quicksort (the bench shape) over values that are not all int32: -0, fractions, huge.
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
let seed = 11;
for (let i = 0; i < 40; i++) {
  seed = (seed * 75 + 74) % 65537;
  data.push(seed % 7 === 0 ? seed / 8 : seed % 5 === 0 ? -seed * 1e10 : seed - 30000);
}
data.push(-0);
data.push(0);
data.push(-0.5);
quicksort(data, 0, data.length - 1);
let line = "";
for (let i = 0; i < data.length; i++) {
  const x = data[i];
  line = line + " " + x;
  if (x === 0) console.log("zero at", i, 1 / x);
}
console.log(line);
