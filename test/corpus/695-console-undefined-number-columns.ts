// console.log of a number[] holding undefined elements (a spread of a sparse array, a read past the end
// stored back) groups its columns left-aligned, as Node does when one of the first entries is not a number
// (m-503-ring-buffer-anon-stats-83000626); all numbers stay right-aligned.
const a: number[] = [3, 1, 4, 1, 5, 9, 2];
const sparse: number[] = [];
sparse.length = 30;
console.log([...a, ...sparse]);
const c: number[] = [];
for (let i = 0; i < 120; i++) c.push(i * 7);
console.log(c);
c[2] = c[500];
console.log(c);
