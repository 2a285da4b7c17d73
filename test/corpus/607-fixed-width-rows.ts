// Rows of fixed-width arrays (u8[][], i32[][]) read as rows: element variables, for-of, callbacks, slice/filter/sort
// copies of the outer array. Each row variable is the same u8[] as the grid's row, not a number[] copy.
// A grid of sensor readings stored as fixed-width rows.
const grid: u8[][] = [];
for (let r = 0; r < 3; r++) {
  const row: u8[] = [];
  for (let c = 0; c < 4; c++) row.push((r * 7 + c * 13) & 0xff);
  grid.push(row);
}
const first = grid[0];
first[1] = 250;
console.log("first", first, grid[0][1]);
let sum = 0;
for (const row of grid) {
  row[0] = row[0] + 1;
  sum += row.length;
}
console.log("sum", sum, grid.map((row) => row[0]));
grid.forEach((row, i) => console.log(i, row.join("-")));
const big = grid.filter((row) => row[3] > 40);
console.log("big rows", big.length);
const sorted = grid.slice();
sorted.sort((a, b) => b[2] - a[2]);
console.log(sorted.map((row) => row[2]));
console.log(grid.some((row) => row.includes(250)), grid.every((row) => row.length === 4));
const totals = grid.map((row) => row.reduce((acc, v) => acc + v, 0));
console.log(totals);
const rows: i32[][] = [[1, 2], [3, 4]];
let total: i32 = 0;
for (let r = 0; r < rows.length; r++) {
  const row = rows[r];
  total += row[0];
}
for (const row of rows) {
  total += row[1];
  console.log(row.length, row);
}
const copy = rows.map((row) => row[0] * 2);
console.log(total, copy);
