// Benchmark: hand-written quicksort of 3000 pseudo-random numbers (ZX81 generator) with i32 everywhere.
const n: i32 = 3000;
const data: i32[] = [];
let seed: i32 = 42;
for (let i: i32 = 0; i < n; i++) {
  seed = (seed * 75 + 74) % 65537;
  data.push(seed);
}

function quicksort(a: i32[], lo: i32, hi: i32): void {
  while (lo < hi) {
    const pivot: i32 = a[(lo + hi) >> 1];
    let i: i32 = lo;
    let j: i32 = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t: i32 = a[i];
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
let checksum: i32 = 0;
for (let i: i32 = 0; i < n; i++) {
  if (i > 0 && data[i - 1] > data[i]) sorted = false;
  checksum = (checksum * 31 + data[i]) % 1000003;
}
console.log("sorted:", sorted, "checksum:", checksum);
