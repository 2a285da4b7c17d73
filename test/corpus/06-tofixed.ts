// Number.prototype.toFixed, including rounding of binary fractions, negative values and huge numbers.
const xs = [0, 1, 1.005, 1.45, 2.5, 0.5, -1.5, -1.005, 123.456, 0.000001, 1e20, 1e21, -0, 99.995];
for (const x of xs) {
  console.log(x.toFixed(0), x.toFixed(1), x.toFixed(2), x.toFixed(5));
}
console.log((1 / 3).toFixed(20));
console.log((0 / 0).toFixed(2), (1 / 0).toFixed(2), (-1 / 0).toFixed(3));
console.log((1234.5678).toFixed(2), (-0.0001).toFixed(2), (0.045).toFixed(2));
