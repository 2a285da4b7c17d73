// Fuzz findings g10291 and m-49-221: a `number[]` element read past the end is undefined (it stopped with
// "RangeError: index out of range"): printed "undefined", NaN in arithmetic and comparisons false.
function firstOr<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? xs[7] : fallback;
}
console.log(firstOr([], "empty"), firstOr([7], 0), firstOr<number>([], -1));

const a: number[] = [1, 2, 3];
const v = a[5];
console.log(v, a[5] + 1, a[9] * 2, a[4] / 3, `${a[4]}`, "x" + a[3], String(a[7]), a[3] > 1, a[3] < 1, a[3] >= 0);
let sum = 0;
for (let i = 0; i <= a.length; i++) sum += a[i];
console.log("sum", sum, isNaN(sum));

const b: number[] = [];
b.push(a[6]);
b.push(4);
console.log(b.join(","), b.length, b[0] + 1.5, -a[4]);

const filtered = [5, 7].filter((x) => x > 100);
let total = 0;
for (let k = 0; k < 3; k++) total += filtered.length + filtered[0];
console.log(total, filtered[0] === undefined, filtered[0] ?? -1);

function mean(xs: number[]): number {
  return (xs[0] + xs[1]) / 2;
}
console.log(mean([4]), mean([4, 6]));
console.log(a[8].toFixed(2));
