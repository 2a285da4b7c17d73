// A sketch keeping moving statistics of two sensors: samples as [time, value] tuples in fixed windows,
// stats returned as anonymous records, thresholds merged from defaults, alerts destructured in loop().
type Sample = [t: number, v: number];
interface Limits {
  low: number;
  high: number;
  hysteresis: number;
}
const defaultLimits: Limits = { low: 10, high: 30, hysteresis: 1 };
const channels = [
  { name: "soil", limits: { ...defaultLimits, low: 20, high: 60 }, window: [] as Sample[], alarmed: false },
  { name: "air", limits: { ...defaultLimits }, window: [] as Sample[], alarmed: false },
];

function stats(window: Sample[]): { mean: number; min: number; max: number; slope: number } {
  const values = window.map(([, v]) => v);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const [t0, v0] = window[0];
  const [t1, v1] = window[window.length - 1];
  const slope = t1 === t0 ? 0 : (v1 - v0) / (t1 - t0);
  return { mean, min: Math.min(...values), max: Math.max(...values), slope };
}

function reading(channel: number, t: number): number {
  const base = channel === 0 ? 40 : 22;
  return base + ((t * 13 + channel * 7) % 17) - 8 + (t > 6 ? (channel === 0 ? 25 : -15) : 0);
}

let t = 0;
export function setup(): void {
  Serial.begin(115200);
  for (const { name, limits: { low, high, hysteresis } } of channels) console.log(name, low, high, hysteresis);
}

export function loop(): void {
  if (t >= 10) return;
  t++;
  channels.forEach((ch, i) => {
    ch.window = [...ch.window, [t * 100, reading(i, t)] as Sample].slice(-4);
    const { mean, min, max, slope } = stats(ch.window);
    const { low, high, hysteresis } = ch.limits;
    const outside = mean < low || mean > high;
    const back = mean > low + hysteresis && mean < high - hysteresis;
    let event = "";
    if (!ch.alarmed && outside) [ch.alarmed, event] = [true, "ALARM"];
    else if (ch.alarmed && back) [ch.alarmed, event] = [false, "clear"];
    console.log(t, ch.name, mean.toFixed(2), min, max, slope.toFixed(3), event);
  });
}
