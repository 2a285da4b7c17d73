// Sensor calibration: raw ADC points fitted with least squares, the fit returned as a tuple, applied with
// destructuring in parameters; calibration tables loaded from JSON with optional offsets; a table with fewer
// than two points throws a CalibrationError; results printed with toFixed and console.log of records.
interface Table { sensor: string; points: number[][]; offset?: number }
interface Calibrated { sensor: string; slope: number; intercept: number; samples: number[] }

class CalibrationError extends Error {
  constructor(readonly sensor: string, reason: string) {
    super(`${sensor}: ${reason}`);
    this.name = "CalibrationError";
  }
}

function fit(sensor: string, points: number[][]): [slope: number, intercept: number] {
  if (points.length < 2) throw new CalibrationError(sensor, `${points.length} point(s)`);
  const n = points.length;
  const sx = points.reduce((s, [x]) => s + x, 0);
  const sy = points.reduce((s, [, y]) => s + y, 0);
  const sxx = points.reduce((s, [x]) => s + x * x, 0);
  const sxy = points.reduce((s, [x, y]) => s + x * y, 0);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return [slope, (sy - slope * sx) / n];
}

const apply = ([slope, intercept]: [number, number], raw: number, offset = 0): number => Math.round((slope * raw + intercept + offset) * 100) / 100;

const tables = JSON.parse(`[
  {"sensor":"temp","points":[[100,0],[600,50],[1100,100]]},
  {"sensor":"hum","points":[[200,10],[800,90]],"offset":-1.5},
  {"sensor":"gas","points":[[512,3]]}
]`) as Table[];
const out: Calibrated[] = [];
for (const { sensor, points, offset } of tables) {
  try {
    const line = fit(sensor, points);
    out.push({ sensor, slope: Number(line[0].toFixed(4)), intercept: Number(line[1].toFixed(4)), samples: [150, 512, 1023].map((r) => apply(line, r, offset)) });
  } catch (e) {
    if (e instanceof CalibrationError) console.log(e.name, e.sensor, e.message);
  }
}
console.log(out);
console.log(out.map(({ sensor, samples: [, mid] }) => `${sensor}@512=${mid}`).join(", "));
