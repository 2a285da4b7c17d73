// mix finding (issue 11 corpus, session 4): a parameter of type Partial<Gains> is accepted, then g++ fails: 'Partial was not declared in this scope' (utility types are neither lowered nor rejected)
// Found as test/corpus/428-pid-controller.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 428-pid-controller.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   g++ could not compile the generated sketch (this is a tsduino bug; please report it):
//   428-pid-controller.ts:18:36: error: ‘Partial’ was not declared in this scope
//   428-pid-controller.ts:18:43: error: template argument 1 is invalid
//   428-pid-controller.ts:18:36: error: ‘Partial’ was not declared in this scope
//   428-pid-controller.ts:18:43: error: template argument 1 is invalid
//   428-pid-controller.ts: In function ‘ts::Ref<PidState> simulate(int, ts::Array<double>)’:
//   428-pid-controller.ts:19:207: error: ‘Partial’ was not declared in this scope
//   428-pid-controller.ts:19:214: error: template argument 1 is invalid
//   428-pid-controller.ts:19:261: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:285: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:325: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:349: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:389: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:413: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:453: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:485: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:529: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts:19:561: error: base operand of ‘->’ is not a pointer
//   428-pid-controller.ts: In function ‘void setup()’:
//   428-pid-controller.ts:38:26: error: ‘Partial’ was not declared in this scope
//   428-pid-controller.ts:38:34: error: no matching function for call to ‘make<<expression error> >()’
//   In file included from /tmp/tsd-host-sZwNqW/428-pid-controller/src/tsduino/tsduino.h:10,
//                    from /tmp/tsd-host-sZwNqW/428-pid-controller/428-pid-controller.ino:2:
//   /tmp/tsd-host-sZwNqW/428-pid-controller/src/tsduino/ts_object.h:142:46: note: candidate: ‘template<class T, class ... A> ts::Ref<T> ts::make(A&& ...)’
//     142 | template <class T, class... A> inline Ref<T> make(A&&... args) {
//         |       
// signature: mix-partial-gpp

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
