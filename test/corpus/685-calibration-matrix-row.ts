// Issue 11: reading a cell of a matrix row that is past the end (`table[r][c]`, with r one too far) raises
// Node's "Cannot read properties of undefined (reading '2')", catchable in the caller; a sensor calibration
// table lookup falls back to the last good row, and a try in the same function catches it too.
const gains: number[][] = [
  [1.0, 1.02, 0.98],
  [1.1, 1.05, 0.97],
  [0.95, 1.0, 1.01],
];
let lookups = 0;

function gainAt(table: number[][], r: number, c: number): number {
  lookups++;
  return table[r][c] * 100;
}

function corrected(raw: number, band: number, channel: number): number {
  return Math.round(raw * gainAt(gains, band, channel)) / 100;
}

const readings = [
  { raw: 512, band: 0, channel: 2 },
  { raw: 300, band: 2, channel: 0 },
  { raw: 801, band: 3, channel: 2 },
  { raw: 77, band: 1, channel: 1 },
];
let lastGood = 0;
for (const r of readings) {
  try {
    lastGood = corrected(r.raw, r.band, r.channel);
    console.log(`band ${r.band}: ${lastGood}`);
  } catch (e) {
    console.log(`band ${r.band} missing (${(e as Error).message}), keeping ${lastGood}`);
  }
}
let sum = 0;
for (let band = 0; band <= gains.length; band++) {
  try {
    const first = 0;
    sum += gains[band][first];
    console.log("row", band, gains[band][1]);
  } catch (e) {
    console.log(`row ${band}: ${e instanceof TypeError ? "TypeError" : "other"}`, sum.toFixed(2));
  }
}
console.log("lookups", lookups);
