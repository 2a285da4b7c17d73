// A WiFi reconnect supervisor: connection attempts simulated by a script, status as a literal union,
// setTimeout for attempts with capped exponential backoff and setInterval for a status heartbeat;
// a ConnectError carries the reason; events recorded as records and printed with console.log at the end.
type Status = "disconnected" | "connecting" | "connected" | "gave-up";
type Reason = "timeout" | "auth" | "no-ap";
interface Event { at: number; status: Status; reason?: Reason }

class ConnectError extends Error {
  constructor(readonly reason: Reason) {
    super(`connect failed: ${reason}`);
    this.name = "ConnectError";
  }
}

const outcomes: (Reason | "ok")[] = ["no-ap", "timeout", "timeout", "ok", "auth", "timeout", "timeout", "timeout", "timeout"];
let status: Status = "disconnected";
let attempt = 0;
let clock = 0;
const events: Event[] = [];

function record(s: Status, reason?: Reason): void {
  status = s;
  events.push(reason ? { at: clock, status: s, reason } : { at: clock, status: s });
}

function connect(): void {
  const outcome = outcomes[attempt++] ?? "ok";
  if (outcome !== "ok") throw new ConnectError(outcome);
}

function tryConnect(): void {
  record("connecting");
  try {
    connect();
    record("connected");
    if (attempt < 6) setTimeout(() => {
      clock += 100;
      record("disconnected");
      setTimeout(tryConnect, 1);
    }, 5);
  } catch (e) {
    if (!(e instanceof ConnectError)) throw e;
    if (attempt >= outcomes.length) {
      record("gave-up", e.reason);
      return;
    }
    const backoff = Math.min(2 ** attempt, 16);
    clock += backoff;
    record("disconnected", e.reason);
    setTimeout(tryConnect, backoff);
  }
}

const beat = setInterval(() => {
  if (status === "gave-up") {
    clearInterval(beat);
    console.log(events.length, attempt);
    for (const { at, status: s, reason = "-" } of events) console.log(String(at).padStart(4), s.padEnd(12), reason);
    console.log(events.filter((e) => e.reason === "timeout"));
  }
}, 40);
setTimeout(tryConnect, 1);
