// Yield checks (issue 17) the planner now proves unneeded or sums: Hoare's partition loop on a number array
// (its scans and the loop share one budget of reads), loops bounded by a string's length (its ASCII path; the
// runtime counts other text and then looks at the clock), and a block of short loops whose run adds up.
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

// Half the values equal: the scans stop at once and the partition loop swaps at every step.
const data: number[] = [];
let seed = 7;
for (let i = 0; i < 2500; i++) {
  seed = (seed * 75 + 74) % 65537;
  data.push(i % 2 === 0 ? 500 : seed % 1000);
}
quicksort(data, 0, data.length - 1);
let sorted = true;
for (let i = 1; i < data.length; i++) if (data[i - 1] > data[i]) sorted = false;
console.log("sorted:", sorted, data[0], data[1249], data[2499]);

// A string's length in the loop's test, ASCII and not.
let ascii = "";
for (let i = 0; i < 200; i++) ascii += "row" + i + ";";
let sum = 0;
for (let i = 0; i < ascii.length; i++) sum = (sum + ascii.charCodeAt(i) * ((i % 7) + 1)) % 65521;
const wide = "é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀é€xab😀";
// Each wide.length counts the literal's UTF-16 units again (~2 KB of UTF-8): the loop is short by its cost
// model, the runtime looks at the clock after every count.
let units = 0;
for (let i = 0; i < 600; i++) units = (units + wide.length) | 0;
const head = wide.slice(0, 90);
let wideSum = 0;
for (let i = 0; i < head.length; i++) wideSum = (wideSum * 31 + head.charCodeAt(i)) & 0xffff;
console.log("lengths:", ascii.length, wide.length, sum, units, wideSum);

// Consecutive loops, each short alone: their run adds up, so one in the middle checks.
let acc = 1;
for (let i = 0; i < 3300; i++) acc = (acc + i * 3) & 65535;
for (let i = 0; i < 3300; i++) acc = (acc + i * 5) & 65535;
for (let i = 0; i < 3300; i++) acc = (acc ^ (i * 7)) & 65535;
for (let i = 0; i < 3300; i++) acc = (acc + i * 11) & 65535;
for (let i = 0; i < 3300; i++) acc = (acc ^ (i * 13)) & 65535;
for (let i = 0; i < 3300; i++) acc = (acc + i * 17) & 65535;
console.log("acc:", acc);
