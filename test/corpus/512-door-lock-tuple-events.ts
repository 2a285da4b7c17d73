// Was finding mix-tuple-union-element-gpp (session 5 fix: tuple literals of a declared tuple type holding a union of records).
// A door lock controller: a state machine over a literal union driven by events (a discriminated union),
// an auto-relock setTimeout cleared when the door opens, a #private audit log of tuples; an event not
// allowed in the current state throws an InvalidTransition caught by the dispatcher.
type LockState = "locked" | "unlocked" | "open" | "alarm";
type DoorEvent = { type: "code"; code: string } | { type: "door"; open: boolean } | { type: "relock" } | { type: "reset"; by: string };

class InvalidTransition extends Error {
  constructor(readonly from: LockState, readonly event: string) {
    super(`${event} not allowed when ${from}`);
    this.name = "InvalidTransition";
  }
}

class Lock {
  state: LockState = "locked";
  #audit: [LockState, LockState, string][] = [];
  #relock = -1;
  #failures = 0;
  constructor(private readonly code: string) {}
  get audit(): string[] {
    return this.#audit.map(([from, to, why]) => `${from}->${to} (${why})`);
  }
  private go(to: LockState, why: string): void {
    this.#audit.push([this.state, to, why]);
    this.state = to;
  }
  handle(e: DoorEvent): void {
    switch (e.type) {
      case "code":
        if (this.state !== "locked") throw new InvalidTransition(this.state, "code");
        if (e.code === this.code) {
          this.#failures = 0;
          this.go("unlocked", "code ok");
          this.#relock = setTimeout(() => this.handle({ type: "relock" }), 20);
        } else if (++this.#failures >= 3) this.go("alarm", "3 bad codes");
        break;
      case "door":
        if (e.open) {
          if (this.state !== "unlocked") {
            this.go("alarm", "forced");
            break;
          }
          clearTimeout(this.#relock);
          this.go("open", "opened");
        } else if (this.state === "open") {
          this.go("unlocked", "closed");
          this.#relock = setTimeout(() => this.handle({ type: "relock" }), 20);
        }
        break;
      case "relock":
        if (this.state === "unlocked") this.go("locked", "auto");
        break;
      case "reset": {
        const { by } = e;
        if (this.state !== "alarm") throw new InvalidTransition(this.state, `reset by ${by}`);
        this.go("locked", `reset by ${by}`);
        break;
      }
    }
  }
}

const lock = new Lock("1234");
function dispatch(e: DoorEvent): void {
  try {
    lock.handle(e);
  } catch (err) {
    if (err instanceof InvalidTransition) console.log(`rejected: ${err.message}`);
  }
}

const script: [number, DoorEvent][] = [
  [1, { type: "code", code: "1111" }],
  [2, { type: "code", code: "1234" }],
  [5, { type: "door", open: true }],
  [8, { type: "code", code: "1234" }],
  [10, { type: "door", open: false }],
  [60, { type: "door", open: true }],
  [70, { type: "reset", by: "admin" }],
  [75, { type: "reset", by: "admin" }],
  [80, { type: "code", code: "0000" }],
  [81, { type: "code", code: "0000" }],
  [82, { type: "code", code: "0000" }],
];
for (const [at, e] of script) setTimeout(dispatch, at * 2, e);
setTimeout(() => {
  console.log(lock.state);
  console.log(lock.audit);
}, 200);
