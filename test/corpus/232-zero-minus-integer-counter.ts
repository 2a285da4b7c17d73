// Fuzz finding g900047: `(i - i) - i` and `0 - i` with an integer loop counter i = 0 printed -0 (g++ folds
// `0.0 - double(i)` into `-double(i)`); JavaScript gives 0. `-i` is -0, as in JavaScript.
for (let i = -1; i < 2; i += 1) {
  const z = 0;
  console.log(0 - i, z - i, (i - i) - i, (i * 0) - i, -i, (i - i) + (0 - i), 5 - i, i - 0);
}
let total = 0;
for (let j = 0; j < 3; j++) {
  total += (j - j) - j;
  console.log(String(0 - j), `${j - j - j}`, 1 / (0 - j));
}
console.log(total);
