// setTimeout(f, 0) and setTimeout(f, 1) are the same timer to Node: a delay outside 1 … 2^31-1 ms (0,
// negative, NaN, too large) becomes 1 ms and fractions are truncated, so 0, 1, 1.9, -3, NaN and 2^31 ms
// timers share one list and run in creation order; a 40 ms timer created first still runs after them.
// Timers armed from those callbacks with 0 or 1 ms run in the next pass, in the order they were armed.
const events: string[] = [];
const queue: number[] = [];

function busyWait(ms: number): void {
  const until = millis() + ms;
  while (millis() < until) {
    // hold the event loop
  }
}

function push(label: string, value: number): void {
  queue.push(value);
  events.push(`${label}=${value}`);
}

setTimeout(push, 40, "forty", 40);
setTimeout(push, 1, "one", 1);
setTimeout(push, 0, "zero", 0);
setTimeout(push, 1.9, "fraction", 1.9);
setTimeout(push, -3, "negative", -3);
setTimeout(push, NaN, "nan", -1);
setTimeout(push, 2 ** 31, "huge", 2 ** 31);
setTimeout(() => {
  events.push("nested");
  setTimeout(push, 1, "nested one", 11);
  setTimeout(push, 0, "nested zero", 12);
  setTimeout(push, 1.5, "nested fraction", 13);
  setTimeout(() => setTimeout(print, 0), 1);
}, 0);
busyWait(60);

function print(): void {
  console.log(events.join(", "));
  console.log(`sum ${queue.reduce((a, b) => a + b, 0)} of ${queue.length}`);
}
