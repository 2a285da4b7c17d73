// Timers of several durations that are all due when the event loop first runs timers (the top-level code
// busy-waits past the longest one, as a slow setup would): Node runs them list by list — one list per
// duration, lists by expiry (creation time + duration), each list in creation order — so 0 and 1 ms first
// (one list), then the 30 ms timers in the order they were set, then 60, 90 and 120 ms; the 75 ms timer was
// cleared by a 30 ms one. Timers armed while that pass runs (0 ms, 10 ms) never run in it, although 30 ms
// timers are still running: they wait for a later pass. Durations differ by 15 ms or more, so the order
// holds however late each timer was created.
const fired: string[] = [];
let sensorTimer = 0;

function busyWait(ms: number): void {
  const until = millis() + ms;
  while (millis() < until) {
    // a slow setup: the timers wait for it
  }
}

function task(name: string): void {
  fired.push(name);
}

setTimeout(task, 120, "publish-a");
setTimeout(task, 30, "blink-a");
setTimeout(task, 90, "ntp");
setTimeout(task, 60, "sensor");
setTimeout(task, 30, "blink-b");
setTimeout(task, 120, "publish-b");
setTimeout(task, 0, "boot");
setTimeout(task, 1, "wifi");
setTimeout(() => {
  fired.push("watchdog (arms 0 and 10 ms)");
  setTimeout(task, 0, "watchdog retry 0");
  setTimeout(() => {
    fired.push("watchdog retry 10");
    setTimeout(() => fired.forEach((name, i) => console.log(`${i + 1}. ${name}`)), 0);
  }, 10);
  clearTimeout(sensorTimer);
}, 30);
sensorTimer = setTimeout(task, 75, "sensor 75 (cleared)");
setTimeout(task, 30, "blink-c");
busyWait(150);
fired.push("setup done");
