// clearTimeout / clearInterval from inside callbacks: a timer cleared by a callback that runs before it in
// the same pass never runs (same list or a later one); clearing a timer that already ran, the running
// timer itself, an unknown id or undefined does nothing; an interval cleared from its own callback stops,
// and a timer of the same duration armed right after it still runs. Everything that must happen together
// is due in one pass (the top-level code waits first), so the order is Node's list order.
const log: string[] = [];
const ids = new Map<string, number>();

function busyWait(ms: number): void {
  const until = millis() + ms;
  while (millis() < until) {
    // setup work
  }
}

function job(name: string): void {
  log.push(name);
}

ids.set("a", setTimeout(() => {
  log.push("a clears b (same list) and d (later list)");
  clearTimeout(ids.get("b"));
  clearTimeout(ids.get("d"));
  clearTimeout(ids.get("a"));
  clearTimeout(9999);
  clearTimeout(undefined);
}, 5));
ids.set("b", setTimeout(job, 5, "b (never)"));
ids.set("c", setTimeout(job, 5, "c"));
ids.set("d", setTimeout(job, 20, "d (never)"));
ids.set("e", setTimeout(() => {
  log.push("e clears c, which already ran");
  clearTimeout(ids.get("c"));
}, 20));
busyWait(30);

let beats = 0;
const heartbeat = setInterval(() => {
  beats++;
  log.push(`beat ${beats}`);
  if (beats === 3) {
    clearInterval(heartbeat);
    setTimeout(() => {
      log.push("after heartbeat (7 ms, new list) clears the other interval");
      clearInterval(other);
      setTimeout(() => console.log(log.join("\n")), 0);
    }, 7);
  }
}, 7);
const other = setInterval(() => {
  log.push("other interval cleared by the timeout");
}, 1000);
