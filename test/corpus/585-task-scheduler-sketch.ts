// A cooperative scheduler sketch: an abstract Task base class, tasks that extend it and implement
// Pausable and/or Reporting, run from loop() through the base type, paused and reported through their
// interfaces; a pin toggled by one of them. Prints only during its first loops.
interface Pausable {
  paused: boolean;
  pause(): void;
  resume(): void;
}
interface Reporting {
  report(): string;
}

abstract class Task {
  runs = 0;
  constructor(readonly name: string, readonly every: number) {}
  due(tick: number): boolean {
    return tick % this.every === 0;
  }
  abstract run(tick: number): void;
}

class Blinker extends Task implements Pausable, Reporting {
  paused = false;
  private level = LOW;
  run(tick: number): void {
    if (this.paused) return;
    this.runs++;
    this.level = this.level === LOW ? HIGH : LOW;
    digitalWrite(LED_BUILTIN, this.level);
    if (tick > 6) this.pause();
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  report(): string {
    return `${this.name}: ${this.runs} toggles, pin ${digitalRead(LED_BUILTIN)}${this.paused ? " (paused)" : ""}`;
  }
}

class Sampler extends Task implements Reporting {
  private sum = 0;
  run(tick: number): void {
    this.runs++;
    this.sum += (tick * 37) % 11;
  }
  report(): string {
    return `${this.name}: avg ${this.runs ? (this.sum / this.runs).toFixed(2) : "-"}`;
  }
}

class Watchdog extends Task implements Pausable {
  paused = true;
  run(): void {
    if (!this.paused) this.runs++;
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
}

const tasks: Task[] = [new Blinker("blink", 2), new Sampler("adc", 3), new Watchdog("wdt", 1)];
const pausable: Pausable[] = [];
const reporting: Reporting[] = [];
for (const t of tasks) {
  if (t instanceof Blinker || t instanceof Watchdog) pausable.push(t);
  if (t instanceof Blinker || t instanceof Sampler) reporting.push(t);
}
let tick = 0;

export function setup(): void {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  console.log("tasks:", tasks.map((t) => t.name).join(","), "pausable", pausable.length, "reporting", reporting.length);
}

export function loop(): void {
  if (tick >= 12) return;
  tick++;
  for (const t of tasks) if (t.due(tick)) t.run(tick);
  if (tick === 4) pausable.forEach((p) => (p.paused ? p.resume() : p.pause()));
  if (tick === 9) for (const p of pausable) if (p.paused) p.resume();
  if (tick % 4 === 0) console.log(tick, reporting.map((r) => r.report()).join(" | "));
  if (tick === 12) {
    console.log(tasks.map((t) => `${t.name}=${t.runs}`).join(" "));
    console.log(tasks[0], tasks[2]);
  }
}
