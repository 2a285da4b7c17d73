// The value of `a[i]++` is the old element as a number: read past the end (undefined) it is NaN, as in Node
// (it printed undefined: m-125-documented-but-rejected-83000322), for number[], Uint8Array and i--.
const bytes = new Uint8Array(3);
const xs: number[] = [1.5];
console.log(bytes[100]++, xs[5]++, bytes[7]--, xs[6]--, xs[0]++, bytes[0]--);
let i = 0;
const old = xs[9 + i]++;
console.log(old, typeof old, xs.length, bytes.join(","));
