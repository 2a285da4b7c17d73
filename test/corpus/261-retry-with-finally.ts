// Retry loops around a flaky transport: finally closes the connection on every path (success, failure,
// break, continue and return), and the last error is reported after the retries run out.
class TimeoutError extends Error {
  constructor(public attempt: number) {
    super("timeout on attempt " + attempt);
    this.name = "TimeoutError";
  }
}

let opened = 0;
let closed = 0;
let tick = 0;

function connect(failUntil: number, attempt: number): string {
  opened++;
  tick++;
  if (attempt < failUntil) throw new TimeoutError(attempt);
  return "conn#" + tick;
}

function close(): void {
  closed++;
}

function send(failUntil: number, maxAttempts: number): string {
  let lastError: Error | null = null;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const c = connect(failUntil, attempt);
      console.log("  connected", c);
      return c;
    } catch (e) {
      lastError = e as Error;
      console.log("  retry after", (e as Error).message);
      if (e instanceof TimeoutError && e.attempt === 2) continue;
    } finally {
      close();
      console.log("  closed", closed);
    }
  }
  return "failed: " + (lastError === null ? "none" : lastError.message);
}

console.log(send(1, 3));
console.log(send(3, 5));
console.log(send(9, 3));
console.log("opened", opened, "closed", closed);

function firstWorking(limits: number[]): number {
  let index = -1;
  for (let i = 0; i < limits.length; i++) {
    try {
      connect(limits[i], 1);
      index = i;
      break;
    } catch (e) {
      console.log("skip", i);
    } finally {
      close();
    }
  }
  return index;
}
console.log("first working", firstWorking([3, 2, 1, 1]));
console.log("opened", opened, "closed", closed);
