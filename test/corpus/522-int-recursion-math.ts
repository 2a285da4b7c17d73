// Recursive `number` functions with Math.floor/trunc of a quotient, Math.abs, Math.max and Math.min (issue 12's
// int32 copies): negative quotients round down or toward zero, 0 / negative is -0, division by zero is
// Infinity or NaN, -2^31 / -1 and Math.abs(-2^31) are 2^31.
function halvings(n: number): number {
  if (n === 0 || n === -1) return 0;
  return 1 + halvings(Math.floor(n / 2));
}

function binSearch(lo: number, hi: number, target: number): number {
  if (lo > hi) return -(lo + 1);
  const mid = Math.floor((lo + hi) / 2);
  const v = mid * 3;
  if (v === target) return mid;
  return v < target ? binSearch(mid + 1, hi, target) : binSearch(lo, mid - 1, target);
}

function floorAt(n: number, a: number, b: number): number {
  return n <= 0 ? Math.floor(a / b) : floorAt(n - 1, a, b);
}

function truncAt(n: number, a: number, b: number): number {
  return n <= 0 ? Math.trunc(a / b) : truncAt(n - 1, a, b);
}

function spread(n: number, lo: number, hi: number): number {
  if (n === 0) return hi - lo;
  const x = (n * 37) % 101 - 50;
  return spread(n - 1, Math.min(lo, x), Math.max(hi, x));
}

function absSum(n: number): number {
  if (n === 0) return 0;
  return Math.abs(n * 3 - 50) + absSum(n - 1);
}

function absAt(n: number, x: number): number {
  return n <= 0 ? Math.abs(x) : absAt(n - 1, x);
}

const show = (label: string, x: number) => console.log(label, x, x === 0 && 1 / x < 0 ? "(-0)" : "");
show("halvings(1000)", halvings(1000));
show("halvings(-1000)", halvings(-1000));
show("halvings(2147483647)", halvings(2147483647));
show("halvings(-2147483648)", halvings(-2147483648));
show("binSearch found", binSearch(0, 1000, 2022));
show("binSearch missing", binSearch(0, 1000, 2023));
for (const [a, b] of [[7, 2], [-7, 2], [7, -2], [-7, -2], [0, 5], [0, -5], [-1, 2], [1, -2], [-3, 4], [-6, 3], [6, -3], [5, 0], [-5, 0], [0, 0], [-2147483648, -1], [-2147483648, 1], [2147483647, -1]]) {
  show(`floor(${a} / ${b})`, floorAt(3, a, b));
  show(`trunc(${a} / ${b})`, truncAt(3, a, b));
}
show("floor(7.5 / 2)", floorAt(2, 7.5, 2));
show("spread(200)", spread(200, 0, 0));
show("absSum(100)", absSum(100));
show("abs(-2147483648)", absAt(2, -2147483648));
show("abs(-0)", absAt(2, -0));
show("abs(-7)", absAt(2, -7));
