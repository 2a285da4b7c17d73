// A plain program (no setup/loop) with timers (spaced 50+ ms apart, so Node's order holds on a loaded machine): it keeps running after its top-level code until no timer is
// left, as under Node. Timers due together run by due time, then creation order; 0, negative and NaN delays
// count as 1 ms; a timer cleared by one due earlier never runs. Then a connection retry with exponential
// backoff, guarded by a watchdog timeout that is cleared on success, and an interval with an argument.
function log(text: string): void {
  console.log(`${text}`);
}

setTimeout(() => log("a: 50 ms"), 50);
setTimeout(() => log("b: 50 ms, created after a"), 50);
setTimeout(() => log("zero: runs as 1 ms"), 0);
setTimeout(() => log("negative: runs as 1 ms"), -5);
setTimeout(() => log("NaN: runs as 1 ms"), NaN);
const victim = setTimeout(() => log("victim: never"), 200);
setTimeout(() => {
  log("killer: clears the victim");
  clearTimeout(victim);
}, 125);
setTimeout(() => {
  log("nested: schedules two 1 ms timers");
  setTimeout(() => log("nested 1"), 1);
  setTimeout(() => log("nested 2"), 0);
}, 250);
setTimeout(() => startRetries(), 400);
log("top-level code done");

class Link {
  attempts = 0;
  constructor(readonly failFirst: number) {}
  connect(): boolean {
    this.attempts++;
    return this.attempts > this.failFirst;
  }
}

function startRetries(): void {
  const link = new Link(3);
  let delayMs = 2;
  const watchdog = setTimeout(() => log("watchdog: gave up"), 2000);
  const attempt = (): void => {
    if (link.connect()) {
      clearTimeout(watchdog);
      log(`connected after ${link.attempts} attempts`);
      startHeartbeat("hb", 3);
      return;
    }
    log(`attempt ${link.attempts} failed, retry in ${delayMs} ms`);
    setTimeout(attempt, delayMs);
    delayMs *= 2;
  };
  attempt();
}

function startHeartbeat(label: string, beats: number): void {
  let n = 0;
  const id = setInterval((name: string, total: number) => {
    n++;
    log(`${name} ${n}/${total}`);
    if (n === total) {
      clearInterval(id);
      log("all timers done");
    }
  }, 3, label, beats);
}
