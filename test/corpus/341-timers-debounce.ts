// Debouncing a bouncing contact with setTimeout: every edge restarts a 25 ms settle timer, so only the last
// edge of a burst counts. The bouncing itself is simulated by an interval that replays edge bursts; loop()
// reacts to the debounced state, as a sketch would. Every edge is due before the settle timer it would
// cancel, so the result does not depend on how late timers run.
const bursts = [[1, 0, 1, 0, 1], [0, 1, 0], [1, 1, 0, 1]];
let burst = 0;
let edge = 0;
let raw = 0;
let settled = 0;
let settleTimer: number | undefined = undefined;
let restarts = 0;
let changes = 0;
let reported = 0;

function onEdge(level: number): void {
  raw = level;
  if (settleTimer !== undefined) {
    clearTimeout(settleTimer);
    restarts++;
  }
  settleTimer = setTimeout((expected: number) => {
    settleTimer = undefined;
    if (raw !== expected) return;
    if (settled !== raw) {
      settled = raw;
      changes++;
    }
    burst++;
    edge = 0;
    if (burst < bursts.length) startBurst();
  }, 25, level);
}

function startBurst(): void {
  const bouncer = setInterval(() => {
    onEdge(bursts[burst][edge]);
    edge++;
    if (edge === bursts[burst].length) clearInterval(bouncer);
  }, 2);
}

export function setup(): void {
  Serial.begin(115200);
  startBurst();
}

export function loop(): void {
  if (reported !== changes) {
    reported = changes;
    console.log(`burst ${burst}: button ${settled ? "pressed" : "released"} (raw ${raw}, ${restarts} restarts so far)`);
    if (burst === bursts.length) console.log(`done: ${changes} changes`);
  }
}
