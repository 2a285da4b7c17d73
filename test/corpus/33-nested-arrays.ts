// Nested arrays: a matrix, its transpose and product; reverse in place; String() of nested arrays.
const m: number[][] = [
  [1, 2, 3],
  [4, 5, 6],
];
const t: number[][] = [];
for (let j = 0; j < 3; j++) {
  const row: number[] = [];
  for (let i = 0; i < 2; i++) row.push(m[i][j]);
  t.push(row);
}
console.log(t.map((r) => r.join(" ")).join(" / "));
function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, v, k) => sum + v * b[k][j], 0)));
}
const p = multiply(m, t);
console.log(String(p), p.length, p[1][1]);
const r = [1, 2, 3, 4];
const r2 = r.reverse();
console.log(r.join(","), r2 === r);
const grid: string[][] = [];
for (let y = 0; y < 3; y++) {
  grid.push([]);
  for (let x = 0; x < 4; x++) grid[y].push((x + y) % 2 === 0 ? "#" : ".");
}
for (const row of grid) console.log(row.join(""));
grid[1][2] = "@";
console.log(grid[1].join(""));
