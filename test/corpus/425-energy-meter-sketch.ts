// An energy meter sketch: loop() samples a simulated power curve, setInterval integrates it every 10 ms
// into watt-hours, readings kept as [time, watts] tuples, the report built with reduce/flatMap and spread
// and printed as JSON once; a negative sample throws a RangeError that the sampler catches.
interface Report { energyWh: number; rejected: number; samples: number; lastT: boolean }
const samples: [number, number][] = [];
let energyWs = 0;
let lastT = 0;
let rejected = 0;
let n = 0;

function power(i: number): number {
  const w = 100 + ((i * 37) % 50) - (i % 7 === 6 ? 200 : 0);
  if (w < 0) throw new RangeError(`negative power ${w} at sample ${i}`);
  return w;
}

export function setup(): void {
  Serial.begin(115200);
  const integrator = setInterval(() => {
    if (samples.length < 2) return;
    const [[t0], ...restOfSamples] = samples;
    let prev = t0;
    for (const [t, w] of restOfSamples) {
      energyWs += (w * (t - prev)) / 1000;
      prev = t;
    }
    lastT = prev;
    samples.splice(0, samples.length - 1);
    if (n >= 30) {
      clearInterval(integrator);
      const report: Report = { energyWh: Number((energyWs / 3600).toFixed(6)), rejected, samples: n, lastT: lastT > 0 };
      console.log(JSON.stringify(report));
    }
  }, 10);
}

export function loop(): void {
  if (n >= 30) return;
  const i = n++;
  try {
    samples.push([i * 100, power(i)]);
  } catch (e) {
    rejected++;
    if (e instanceof RangeError && rejected === 1) console.log(e.message);
  }
  if (n === 30) console.log(samples.length > 0, rejected);
}
