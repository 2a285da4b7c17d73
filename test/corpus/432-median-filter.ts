// Noise filtering for an analog sensor: a median-of-5 window and an exponential moving average, written
// with array destructuring swaps ([a, b] = [b, a]) in a small sort, spread copies, tuples of
// [raw, median, ema]; outliers throw and are counted; the table printed with padStart and console.log.
function median5(w: number[]): number {
  const s = [...w];
  for (let i = 1; i < s.length; i++) {
    for (let j = i; j > 0 && s[j - 1] > s[j]; j--) [s[j - 1], s[j]] = [s[j], s[j - 1]];
  }
  return s[s.length >> 1];
}

class OutlierError extends RangeError {
  constructor(readonly value: number) {
    super(`outlier ${value}`);
    this.name = "OutlierError";
  }
}

const raw = [512, 515, 990, 514, 511, 0, 516, 520, 519, 1023, 522, 521, 525, 523, 3000, 524];
const window: number[] = [];
let ema = raw[0];
const rows: [number, number, number][] = [];
let outliers = 0;

for (const value of raw) {
  try {
    if (value > 2000) throw new OutlierError(value);
    window.push(value);
    if (window.length > 5) window.shift();
    const med = median5(window);
    ema = ema + 0.3 * (med - ema);
    rows.push([value, med, Math.round(ema * 10) / 10]);
  } catch (e) {
    if (e instanceof OutlierError) {
      outliers++;
      console.log(e.name, e.value, e instanceof RangeError);
    }
  }
}
for (const [r, m, e] of rows) console.log(String(r).padStart(5), String(m).padStart(5), e.toFixed(1).padStart(7));
let [first, last] = [rows[0][2], rows[rows.length - 1][2]];
[first, last] = [last, first];
console.log(outliers, first, last, window);
