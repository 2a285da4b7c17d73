// Math.hypot of two numbers is V8's algorithm (scaled by the larger magnitude, Kahan-compensated sum) like
// the other arities: the C library's hypot() rounds differently in the last digit for about a third of all
// pairs (found while adding Math.hypot to the program generator; 7,746 of 20,000 random pairs differed).
const pairs: [number, number][] = [
  [0.00013870078139007093, -0.0034474024176597597],
  [-246.13869190216064, -392089.96295928955],
  [6243.348121643066, 0.00007921624183654785],
  [0.025419926643371584, -0.48605990409851074],
  [3355.9060096740723, -0.00004299712181091309],
  [3, 4],
  [1, 1],
  [-0, 0],
  [1e308, 1e308],
  [5e-324, 5e-324],
  [NaN, Infinity],
  [NaN, 1],
];
for (const [x, y] of pairs) console.log(Math.hypot(x, y), Math.hypot(y, x), Math.hypot(x, y, 0));

// A distance table for sensor positions, as firmware computes it.
const xs = [12.5, -3.25, 0.1, 7];
const ys = [0.2, 9.75, -4.4, 7];
let total = 0;
for (let i = 0; i < xs.length; i++) {
  for (let j = i + 1; j < xs.length; j++) {
    const d = Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
    total += d;
    console.log(i, j, d);
  }
}
console.log("total", total);
