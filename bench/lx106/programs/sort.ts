// Benchmark: hand-written quicksort of 3000 pseudo-random numbers (ZX81 generator), then a checksum.
const n = 3000;
const data: number[] = [];
let seed = 42;
for (let i = 0; i < n; i++) {
  seed = (seed * 75 + 74) % 65537;
  data.push(seed);
}

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

quicksort(data, 0, n - 1);
let sorted = true;
let checksum = 0;
for (let i = 0; i < n; i++) {
  if (i > 0 && data[i - 1] > data[i]) sorted = false;
  checksum = (checksum * 31 + data[i]) % 1000003;
}
console.log("sorted:", sorted, "checksum:", checksum);
