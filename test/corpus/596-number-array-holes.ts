// Holes of a number[] (mutant m-270-buffer-stats-errors-43000377: a store far past the end averaged with reduce):
// a store past the end, `length =` and new Array<number>(n) leave holes that read as undefined, that forEach/map/
// filter/reduce/reduceRight/some/every/flatMap skip (map keeps them), and that console.log counts as empty items.
const a: number[] = [1, 2];
a[5] = 6;
console.log(a);
console.log(a.length, a[3], a[3] === undefined, a.join(","));
let visits = 0;
a.forEach((v) => { visits++; });
console.log("forEach", visits, a.reduce((s, v) => s + v), a.reduce((s, v) => s + v, 100));
console.log(a.map((v) => v * 2));
console.log(a.filter((v) => true), a.some((v) => v === undefined), a.every((v) => v > 0));
const b: number[] = [];
b.length = 3;
console.log(b, b.length);
b[1] = 7;
console.log(b, b.reduce((s, v) => s + v));
const c = new Array<number>(4);
c[0] = 1;
console.log(c);
const d: number[] = [];
for (let i = 0; i < 30; i++) d.push(i);
d[40] = 1;
d[45] = 2;
console.log(d);
const e: number[] = [1];
e[150] = 3;
console.log(e);
const f: number[] = [];
for (let i = 0; i < 120; i++) if (i % 3 === 0) f[i] = i;
console.log(f);
console.log(a.reduceRight((s, v) => s + v), a.flatMap((v) => [v, v]));
const samples = [3, 4];
samples[4 + samples.length] = 5;
console.log(samples.reduce((x, y) => x + y) / samples.length);
