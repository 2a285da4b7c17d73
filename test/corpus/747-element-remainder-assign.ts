// `%=` (and the other compound operators) on array elements: `number[]`s of fractions, of integers, of
// negative numbers (-0 results), a `u8[]`, as statements and as values, with literal, integer-variable and
// fractional right sides. The C++ remainder takes operands of one type (g++ warned that ts::mod(double, 7)
// was ambiguous with ts::mod(ts::Num, int)).
const ds: number[] = [10.5, 20, -7, 30];
for (let q = 0; q < ds.length; q++) ds[q] %= 7;
console.log("doubles", ds.join(","), 1 / ds[2]);
const r = (ds[1] %= 4);
console.log("value", r, (ds[3] %= 1.5), (ds[0] **= 2), (ds[0] /= 4), ds.join(","));

const counts: number[] = [];
for (let q = 0; q < 6; q++) counts.push(q * 7 + 1);
let k = 3;
for (let q = 0; q < counts.length; q++) counts[q] %= k;
console.log("ints", counts.join(","), (counts[5] %= 2), (counts[4] += 7) % 5, (counts[1] %= k + 1));
const negs: number[] = [-9, -14, 9];
negs[0] %= 3;
negs[1] %= 5;
console.log("negative", negs.join(","), 1 / negs[0], (negs[2] %= -4));

const bytes: u8[] = [200, 17, 99];
bytes[0] %= 7;
const b = (bytes[1] %= 5);
console.log("u8", bytes.join(","), b, (bytes[2] %= 10), (bytes[2] += 100), (bytes[1] <<= 3), bytes.join(","));

// In a function, with an integer loop counter as the index.
function spread(n: number): number {
  const hist: number[] = [];
  for (let q = 0; q < n; q++) hist.push(q * 13);
  let total = 0;
  for (let q = 0; q < n; q++) {
    hist[q] %= 7;
    const left = (hist[q] %= 4);
    total += left + (hist[q] += 0.5) + hist[q] * 2;
  }
  return total;
}
console.log("num elements", spread(9));
