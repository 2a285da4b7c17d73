// ts::Num multiplication at the edges of its int32 path (issue 12: the path is taken when the operands' bit
// lengths add up to at most 31): products next to ±2^31, negative factors, zero products that are -0, -2^31.
class Cell {
  value: number;
  constructor(value: number) {
    this.value = value;
  }
}
const factors: number[] = [];
for (const f of [0, 1, -1, 2, -2, 3, 46340, 46341, -46341, 65535, 65536, -65536, 32768, -32768, 1073741823, 1073741824, -1073741824, 2147483647, -2147483648]) factors.push(f);
let line = "";
let count = 0;
for (let i = 0; i < factors.length; i++) {
  for (let j = 0; j < factors.length; j++) {
    const a = factors[i];
    const b = factors[j];
    const p = a * b;
    if (p === 0) line = line + (1 / p > 0 ? "+0 " : "-0 ");
    else if (p > 2147483647 || p < -2147483648) count++;
    else line = line + (p % 1000) + " ";
  }
}
console.log(line);
console.log("outside int32", count);
const c = new Cell(7);
for (let k = 0; k < 12; k++) c.value = c.value * -13;
console.log("cell", c.value, c.value % 7, c.value * 0);
let m = 1;
for (let k = 0; k < 33; k++) {
  m = m * 2;
  if (m === 1073741824 || m === 2147483648 || m === 4294967296) console.log("power", k, m, m * -1, -m * m);
}
let neg = -1;
for (let k = 0; k < 31; k++) neg = neg * 2;
console.log("min", neg, neg * -1, neg * 1, neg * 0, 1 / (neg * 0));
