// `**` and Math.pow print exactly Node's digits (V8's fdlibm pow, not the C library's): decibel conversions,
// compound interest, RMS and geometric means, negative exponents and the special cases of the spec.
function dbToGain(db: number): number {
  return 10 ** (db / 20);
}
function dbToPower(db: number): number {
  return Math.pow(10, db / 10);
}
const levels = [-5.55, -5.25, -3.75, -3.15, -2.85, -2.325, -1.35, -0.75, 0, 3, 6, 20.5];
for (const db of levels) console.log(`${db} dB -> gain ${dbToGain(db)} power ${dbToPower(db)}`);

function compound(principal: number, ratePercent: number, years: number): number {
  const monthly = 1 + ratePercent / 100 / 12;
  return principal * monthly ** (12 * years);
}
for (const [rate, years] of [[3.5, 10], [3.5, 30], [5, 10], [1.25, 5]]) {
  const factor = compound(1, rate, years);
  console.log(`${rate}% for ${years}y: x${factor} -> ${compound(2500, rate, years).toFixed(2)}`);
}

const samples = [0.12, -0.5, 0.73, -0.91, 0.33, 0.05, -0.27];
let sumSq = 0;
let product = 1;
for (const s of samples) {
  sumSq += Math.pow(s, 2);
  product *= Math.abs(s) + 1;
}
console.log("rms", Math.pow(sumSq / samples.length, 0.5), "geomean", product ** (1 / samples.length));

const inverseSquares: number[] = [];
for (let n = 2; n <= 9; n++) inverseSquares.push(n ** -2);
console.log(inverseSquares.join(" "));
let acc = 1.0041666666666667;
acc **= 120;
console.log("acc", acc, 2 ** 10, 2 ** -1074, 2 ** 1024, 10 ** 308.5, (-2) ** 3, (-8) ** (1 / 3));
console.log(0 ** -1, (-0) ** -3, 1 / (-0) ** 3, 1 ** Infinity, NaN ** 0, (-1) ** -Infinity, Infinity ** -0.5);
