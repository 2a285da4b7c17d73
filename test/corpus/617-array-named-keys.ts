// A store at a key that is not an array index (negative, fractional, NaN, Infinity, 2^32 - 1 and above) makes
// a named property, as in Node: a read at the same key gives it back (compound assignments, ++, logical
// assignments and destructuring too), console.log lists it after the elements, and length, join, iteration,
// spread, slice and JSON ignore it (issue 10 mutants m-621-…-63500299, m-661-…-63500251).
const a: number[] = [1, 2, 3];
let i = 0;
a[i - 1] = 5;
a[i - 1] += 3;
a[-1]++;
a[0.5] = 7;
a[1 / 2] *= 2;
a[NaN] = 6;
a[0 / 0] -= 1;
a[Infinity] ??= 4;
a[Infinity] ||= 9;
a[-Infinity] = 0;
a[-Infinity] ||= 2;
a[4294967295] = 11;
console.log(a[-1], a[0.5], a[NaN], a[Infinity], a[-Infinity], a[4294967295], a[-2], a[-2] === undefined);
console.log(a.length, a.join(","), JSON.stringify(a.slice(0, 3)), [...a].length);
let sum = 0;
for (const v of a) sum += v > 0 ? v : 0;
console.log(sum, a.indexOf(9), a.includes(7));
const b: number[] = [10, 20];
const x = 3;
b[x / 2] = 1;
b[x / 2]++;
[b[-1], b[-2]] = [4, 5];
({ k: b[2.25] } = { k: 8 });
const missing: number[] = [];
b[missing[4]] = 21;
console.log(b[1.5], b[-1], b[-2], b[2.25], b[missing[7]], b.length);
console.log(b);
b.length = 0;
console.log(b, b[-1], b.length);
const c: number[] = [];
for (let k = 0; k < 4; k++) {
  c[k - 2] = k * 10;
  c.push(k);
}
console.log(c, c[-2], c[-1], c.length);
