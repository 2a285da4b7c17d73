// A sketch that keeps its state as JSON text between loops (as it would in flash) and reports it.
interface State {
  count: number;
  last: string;
  history: number[];
}
let saved = '{"count":0,"last":"boot","history":[]}';

export function setup(): void {
  Serial.begin(115200);
  console.log("restored", JSON.parse(saved) as State);
}

export function loop(): void {
  const state = JSON.parse(saved) as State;
  if (state.count >= 4) return;
  state.count++;
  state.last = `loop ${state.count}`;
  state.history.push(state.count * 1.5);
  saved = JSON.stringify(state);
  console.log(saved);
  if (state.count === 4) console.log(state, JSON.stringify(state, null, "\t"));
}
