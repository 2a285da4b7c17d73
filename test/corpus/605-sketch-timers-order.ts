// A sketch's timers run between two loop() calls, never inside setup() or loop(): setup arms the tasks and
// then works for 80 ms, so the first loop() runs before any timer, and the timers due by then run in one
// pass after it in Node's order (lists by expiry, each in creation order, whatever the creation order). A
// 0 ms timer armed in that pass runs before the LED interval armed in the same pass (by expiry); the
// interval arms its "off" timeout of the same duration, which runs before the next "on" (one list); the
// report prints when the last task is done.
const lines: string[] = [];
let loops = 0;
let blinks = 0;
let firstLoopSawTimers = -1;

function busyWait(ms: number): void {
  const until = millis() + ms;
  while (millis() < until) {
    // calibrating the sensor
  }
}

function report(): void {
  console.log(`first loop saw ${firstLoopSawTimers} timers`);
  lines.forEach((line) => console.log(line));
  console.log(`pin ${LED_BUILTIN} is ${digitalRead(LED_BUILTIN) === HIGH ? "HIGH" : "LOW"}`);
}

function startBlinking(): void {
  const blink = setInterval(() => {
    blinks++;
    digitalWrite(LED_BUILTIN, HIGH);
    lines.push(`led on ${blinks}`);
    setTimeout((n: number) => {
      digitalWrite(LED_BUILTIN, LOW);
      lines.push(`led off ${n}`);
      if (n === 3) setTimeout(report, 50);
    }, 40, blinks);
    if (blinks === 3) clearInterval(blink);
  }, 40);
}

export function setup(): void {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  setTimeout(() => {
    lines.push("wifi connect (60 ms) starts the led");
    startBlinking();
  }, 60);
  setTimeout(() => lines.push("status led (30 ms)"), 30);
  setTimeout(() => {
    lines.push("sensor start (30 ms), conversion armed with 0 ms");
    setTimeout(() => lines.push("sensor conversion done"), 0);
  }, 30);
  setTimeout(() => lines.push("mqtt (1 ms)"), 1);
  busyWait(80);
  console.log("setup done");
}

export function loop(): void {
  loops++;
  if (loops === 1) firstLoopSawTimers = lines.length;
}
