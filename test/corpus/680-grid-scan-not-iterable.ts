// Issue 11 (mutant m-267): `for (const v of rows[r])` over a row read past the end raises Node's TypeError
// "rows[r] is not iterable", catchable in the caller's caller and in the same function; a heat-map scanner
// that reads one row too many keeps going, and its finally blocks still run in order.
class ScanError extends Error {
  constructor(message: string, public row: number) {
    super(message);
    this.name = "ScanError";
  }
}

const heat: number[][] = [
  [12, 14, 19],
  [22, 31, 18],
  [9, 8, 40],
];
const labels = ["north", "mid", "south", "east", "west"];
let scans = 0;

function rowPeak(rows: number[][], r: number): number {
  let peak = -Infinity;
  for (const v of rows[r]) if (v > peak) peak = v;
  if (peak > 35) throw new ScanError(`row ${r} too hot: ${peak}`, r);
  return peak;
}

function letters(r: number): number {
  let n = 0;
  for (const c of labels[r]) if (c !== "t") n++;
  return n;
}

function scanAll(rows: number[][], limit: number): string[] {
  const out: string[] = [];
  scans++;
  try {
    for (let r = 0; r <= limit; r++) out.push(`${r}:${rowPeak(rows, r)}`);
  } finally {
    out.push(`scan ${scans} done`);
  }
  return out;
}

for (const limit of [1, 2, 3]) {
  try {
    console.log(scanAll(heat.slice(0, 2), limit).join(" "));
  } catch (e) {
    if (e instanceof ScanError) console.log(`${e.name} at row ${e.row}: ${e.message}`);
    else if (e instanceof TypeError) console.log(`type error: ${e.message}`);
  }
}

let total = 0;
for (let r = 0; r < 5; r++) {
  try {
    total += letters(r);
    for (const v of heat[r]) total += v > 20 ? 1 : 0;
  } catch (e) {
    console.log(`r=${r}`, (e as Error).message, total);
  }
}
console.log("total", total, "scans", scans);
