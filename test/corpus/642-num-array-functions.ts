// number[] passed to functions: one function stores fractions and another integers into the same arrays
// (one group, one representation); an array passed where a function prints it stays as it was.
function fillSquares(out: number[], n: number): void {
  for (let i = 0; i < n; i++) out.push(i * i);
}
function halve(values: number[]): void {
  for (let i = 0; i < values.length; i++) values[i] = values[i] / 2;
}
function sumOf(values: number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s = s + values[i];
  return s;
}
function show(values: number[]): void {
  console.log(values);
}
const squares: number[] = [];
fillSquares(squares, 6);
console.log("sum", sumOf(squares));
halve(squares);
console.log("halved sum", sumOf(squares));
for (let i = 0; i < squares.length; i++) {
  const v = squares[i];
  console.log(i, v, v * 4 - 1);
}
const printed: number[] = [];
fillSquares(printed, 4);
halve(printed);
show(printed);
console.log(JSON.stringify(printed));
const big: number[] = [];
big.push(65536);
big.push(65536);
console.log("big", sumOf(big) * big[0] * big[1]);
