// A connection state machine over a literal union, driven by setTimeout: each state schedules the next
// step; a failed attempt backs off with a doubling delay; transitions are logged as tuples and printed.
type State = "idle" | "connecting" | "connected" | "backoff" | "failed";

let state: State = "idle";
let attempt = 0;
const log: [from: State, to: State, attempt: number][] = [];
const results = [false, false, true, false, true];

function go(next: State): void {
  log.push([state, next, attempt]);
  console.log(`${state} -> ${next}`);
  state = next;
}

function step(): void {
  switch (state) {
    case "idle":
      go("connecting");
      setTimeout(step, 5);
      break;
    case "connecting": {
      const ok = results[attempt] ?? false;
      attempt++;
      if (ok) {
        go("connected");
        setTimeout(step, 3);
      } else if (attempt >= 4) {
        go("failed");
      } else {
        go("backoff");
        setTimeout(step, 2 ** attempt);
      }
      break;
    }
    case "backoff":
      go("connecting");
      setTimeout(step, 1);
      break;
    case "connected":
      if (attempt < 4) {
        console.log("link dropped");
        go("backoff");
        setTimeout(step, 1);
      }
      break;
    case "failed":
      break;
  }
}

setTimeout(step, 1);
const watchdog = setInterval(() => {
  if (state === "failed" || (state === "connected" && attempt >= 4)) {
    clearInterval(watchdog);
    console.log(`final: ${state} after ${attempt} attempts`);
    const visits = log.map(([, to]) => to).reduce((acc, s) => acc.set(s, (acc.get(s) ?? 0) + 1), new Map<State, number>());
    console.log(visits);
    console.log(log.filter(([from]) => from === "connecting").map(([from, to, n]) => `${from}>${to}#${n}`));
  }
}, 50);
console.log("started in", state);
