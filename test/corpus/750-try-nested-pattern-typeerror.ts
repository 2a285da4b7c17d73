// Nested destructuring patterns over a value that is undefined at run time, in functions a try block reaches
// (declarations, parameters, for-of variables, callbacks): Node's TypeErrors, caught with its exact messages.
interface Reading { value: number }
interface Probe { name: string; last: Reading }
const readings: Reading[] = [{ value: 21.5 }];
function lastValue(p: Probe): number {
  const { last: { value } } = p;
  return value;
}
function show({ name, last: { value } }: Probe): string {
  return `${name}=${value}`;
}
function firstCell(rows: number[][]): number {
  const [[cell]] = rows;
  return cell;
}
function sumPairs(rows: number[][][]): number {
  let s = 0;
  for (const [[a, b]] of rows) s += a + b;
  return s;
}
function total(probes: Probe[]): number {
  let s = 0;
  for (const { last: { value } } of probes) s += value;
  return s;
}
let seen = 0;
function assignLast(p: Probe): number {
  ({ last: { value: seen } } = p);
  return seen;
}
let cellSeen = 0;
function assignCell(rows: number[][]): number {
  [[cellSeen]] = rows;
  return cellSeen;
}
const good: Probe = { name: "in", last: readings[0] };
const bad: Probe = { name: "out", last: readings[3] };
const probes: Probe[] = [good];
const attempts: (() => string | number)[] = [
  () => lastValue(good), () => lastValue(bad),
  () => show(good), () => show(bad), () => show(probes[2]),
  () => firstCell([[7]]), () => firstCell([]),
  () => sumPairs([[[1, 2]], [[3, 4]]]), () => sumPairs([[[1, 2]], []]),
  () => total([good, good]), () => total([good, bad]),
  () => assignLast(good), () => assignLast(bad), () => assignCell([[9]]), () => assignCell([]),
  () => [good, bad].map(({ last: { value } }) => value).join(","),
];
for (const attempt of attempts) {
  try {
    console.log("ok", attempt());
  } catch (e) {
    console.log("caught", (e as Error).name, (e as Error).message);
  }
}
try {
  const [{ last: { value } }] = [bad];
  console.log(value);
} catch (e) {
  console.log("caught", (e as Error).message);
}
console.log(firstCell([]));
