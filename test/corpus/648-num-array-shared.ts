// number[] shared by functions (parameters and a global) where one function stores doubles: every function
// reads what the others stored, exactly.
const readings: number[] = [];
function record(value: number): void {
  readings.push(value);
}
function scale(values: number[], by: number): void {
  for (let i = 0; i < values.length; i++) values[i] = values[i] * by;
}
function total(values: number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
function smallest(values: number[]): number {
  let m = values[0];
  for (let i = 1; i < values.length; i++) if (values[i] < m) m = values[i];
  return m;
}
for (let i = 0; i < 6; i++) record(i * 7 - 20);
console.log("total", total(readings), "min", smallest(readings));
scale(readings, 0.5);
console.log("total", total(readings), "min", smallest(readings));
scale(readings, -0);
const first = readings[0];
const last = readings[5];
console.log("zeros", first, last, 1 / first, 1 / last, total(readings));
scale(readings, 0);
readings[2] = 3000000000;
readings[3] = readings[2] * 3000000000;
console.log("big", total(readings), smallest(readings), readings.length);
function outer(): number {
  const local: number[] = [];
  local.push(4);
  local.push(9);
  const inner = (k: number): number => local[k] * 2;
  return inner(0) + inner(1) + local[0];
}
console.log("outer", outer());
