// Integer division truncates toward zero; remainder keeps the dividend's sign.
const xs: i32[] = [7, -7, 100, -100, 1];
const ys: i32[] = [2, 3, -7, 9, 1];
for (let i: i32 = 0; i < 5; i++) {
  const q: i32 = xs[i] / ys[i];
  const r: i32 = xs[i] % ys[i];
  console.log(xs[i].toString() + " / " + ys[i].toString() + " = " + q.toString() + " rem " + r.toString());
}
const u: u32 = 4000000000;
const v: u32 = 3;
console.log((u / v).toString() + " " + (u % v).toString());
