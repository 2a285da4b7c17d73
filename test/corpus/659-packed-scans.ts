// Scans over a packed number[] (ts_num_array.h: the comparison's limit folds the comparand's int32 tag):
// comparands that are not int32 (fractions, NaN, -0, undefined, past 2^31), a comparand that changes between
// scans, an array that widens in the middle of a partition, and scans that run off either end.
function partition(a: number[], p: number): string {
  let i = 0;
  let j = a.length - 1;
  let swaps = 0;
  while (i <= j) {
    while (a[i] < p) i++;
    while (a[j] > p) j--;
    if (i <= j) {
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
      swaps++;
    }
  }
  return `${i} ${j} ${swaps} [${a.join(",")}]`;
}
const base = [9, 1, 8, 2, 7, 3, 6, 4, 5];
for (const p of [5, 4.5, -0, NaN, 2147483648, -2147483649, 0.5, 9]) console.log(p, partition(base.slice(), p));
const holes: number[] = [];
console.log("undefined", partition(base.slice(), holes[3]));
let k = 0;
while (base[k] > 0) k++;
let m = base.length - 1;
while (base[m] < 100) m--;
console.log("off the ends", k, m);
// Widening during the scans: a fraction stored into the array mid-partition.
const w = [5, 3, 8, 1, 9, 2];
let i = 0;
let limit = 6;
while (w[i] < limit) {
  if (i === 1) w[4] = 2.5;
  i++;
  limit = limit - 0.5;
}
console.log("widened", i, limit, w.join(","));
