// Was finding mix-partial-gpp (session 5 fix: Partial<T>, Readonly<T>, Pick<T, K>: a mapped type over a record is the record of its properties).
// A PID heater controller simulated over 20 steps: gains merged from defaults with spread, the state an
// anonymous object type updated immutably, outputs clamped; a NaN setpoint is rejected with a RangeError
// caught by the caller; the trace printed with toFixed and the final state with console.log.
interface Gains { kp: number; ki: number; kd: number; outMin: number; outMax: number }
const defaults: Gains = { kp: 2, ki: 0.1, kd: 0.5, outMin: 0, outMax: 100 };

type PidState = { integral: number; prevError: number; output: number };

function stepPid(g: Gains, s: PidState, setpoint: number, measured: number): PidState {
  if (Number.isNaN(setpoint)) throw new RangeError("setpoint is NaN");
  const error = setpoint - measured;
  const integral = Math.min(Math.max(s.integral + error, -200), 200);
  const derivative = error - s.prevError;
  const raw = g.kp * error + g.ki * integral + g.kd * derivative;
  return { integral, prevError: error, output: Math.min(g.outMax, Math.max(g.outMin, raw)) };
}

function simulate(overrides: Partial<Gains>, setpoints: number[]): PidState {
  const gains: Gains = { ...defaults, ...overrides };
  let state: PidState = { integral: 0, prevError: 0, output: 0 };
  let temp = 15;
  const trace: string[] = [];
  for (const [i, sp] of setpoints.entries()) {
    try {
      state = stepPid(gains, state, sp, temp);
    } catch (e) {
      if (e instanceof RangeError) trace.push(`!${i}`);
      continue;
    }
    temp += state.output * 0.02 - (temp - 15) * 0.05;
    if (i % 4 === 3) trace.push(temp.toFixed(2));
  }
  console.log(trace.join(" "));
  return state;
}

const setpoints = Array.from({ length: 20 }, (_, i) => (i === 9 ? NaN : i < 12 ? 22 : 25));
const a = simulate({}, setpoints);
const b = simulate({ kp: 5, outMax: 60 }, setpoints);
console.log(a.output.toFixed(4), b.output.toFixed(4));
const { integral, ...restOfB } = b;
const tuned: Gains = { ...defaults, kp: 5 };
console.log(integral.toFixed(3), restOfB.prevError.toFixed(3), tuned);
// Overrides kept as a Partial, printed and written as JSON (absent members left out); Readonly and Pick views.
const overrides: Partial<Gains>[] = [{}, { kd: 1 }, { kp: 5, outMax: 60 }];
for (const o of overrides) console.log(o, JSON.stringify(o), o.kp ?? defaults.kp);
const frozen: Readonly<Gains> = { ...defaults, ki: 0 };
const view: Pick<Gains, "kp" | "outMax"> = { kp: frozen.kp, outMax: frozen.outMax };
console.log(frozen.ki, view, JSON.stringify(view));
