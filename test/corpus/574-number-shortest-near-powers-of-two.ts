// Number to string near powers of two, where the doubles' rounding interval is lopsided: the shortest digit string
// that reads back is sometimes the one above (or below) the nearest of its length (2^-24 is 5.960464477539063e-8;
// fuzz g21000390 printed 5.9604644775390625e-8). All powers of two, their multiples, and scaled fractions.
let x = 1;
const out: string[] = [];
for (let e = 0; e < 1075; e++) {
  out.push(String(x));
  x /= 2;
}
let y = 1;
for (let e = 0; e < 1024; e++) {
  out.push(String(y), String(y * 3), String(y * 0.7), String(y / 3));
  y *= 2;
}
let seed = 12345;
for (let i = 0; i < 1000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  const m = seed / 2147483648;
  let scaled = m * 1.7;
  for (let j = 0; j < seed % 900; j++) scaled = seed % 2 === 0 ? scaled * 2 : scaled / 2;
  out.push(String(scaled), String(1 / (m + 1e-9)), String(m / 7));
}
console.log(out.join("\n"));
