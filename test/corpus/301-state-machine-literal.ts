// A pump controller sketch whose state is a literal union: compared, switched on, printed, used as Map keys
// and as a parameter/return type; events are another literal union.
type State = "idle" | "filling" | "full" | "draining" | "fault";
type Event = "start" | "level-high" | "level-low" | "stop" | "error";

const transitions: Event[] = ["start", "level-high", "stop", "level-low", "start", "error", "stop", "start", "level-high"];
let state: State = "idle";
const entered = new Map<State, number>();
let step = 0;

function next(s: State, e: Event): State {
  switch (s) {
    case "idle":
      return e === "start" ? "filling" : s;
    case "filling":
      if (e === "level-high") return "full";
      if (e === "error") return "fault";
      return s;
    case "full":
      return e === "stop" ? "draining" : s;
    case "draining":
      return e === "level-low" ? "idle" : e === "error" ? "fault" : s;
    case "fault":
      return e === "stop" ? "idle" : "fault";
  }
}

function pumpOn(s: State): boolean {
  return s === "filling";
}

const short = new Map<State, string>([["idle", "I"], ["filling", "F"], ["full", "U"], ["draining", "D"], ["fault", "X"]]);
function label(s: State): string {
  return short.get(s) ?? "?";
}

export function setup(): void {
  Serial.begin(115200);
  console.log("start in", state);
  entered.set(state, 1);
}

export function loop(): void {
  if (step >= transitions.length) return;
  const e = transitions[step++];
  const before = state;
  state = next(state, e);
  if (state !== before) entered.set(state, (entered.get(state) ?? 0) + 1);
  console.log(`${e}: ${before} -> ${state}`, pumpOn(state) ? "pump on" : "pump off", label(state));
  if (step === transitions.length) {
    for (const [s, n] of entered) console.log("entered", s, n);
    console.log("final", state, state === "idle" || state === "fault");
  }
}
