// Actuators of unrelated classes in one array typed as their union (no common base declares the methods):
// apply(), status() and describe() dispatched on each object's own class, with arguments, results of
// different kinds (an integral count, a fraction, a string), a receiver read from an array, a subclass
// of one member, calls inside conditions and templates, and `in` narrowing before a call.
class Servo {
  angle = 90;
  apply(cmd: number): number {
    this.angle = Math.max(0, Math.min(180, this.angle + cmd));
    return this.angle;
  }
  status(): string {
    return `servo@${this.angle}`;
  }
}
class Valve {
  open = 0.25;
  apply(cmd: number): number {
    this.open = Math.round(Math.max(0, Math.min(1, this.open + cmd / 100)) * 1000) / 1000;
    return this.open;
  }
  status(): string {
    return `valve ${(this.open * 100).toFixed(1)}%`;
  }
  flush(times: number): number {
    return times * 2;
  }
}
class SafetyValve extends Valve {
  apply(cmd: number): number {
    return super.apply(Math.min(cmd, 5));
  }
  status(): string {
    return `safety ${super.status()}`;
  }
}
class Stepper {
  steps = 0;
  apply(cmd: number): number {
    this.steps += Math.trunc(cmd / 3);
    return this.steps;
  }
  status(): string {
    return `stepper ${this.steps}`;
  }
  flush(times: number): number {
    this.steps = 0;
    return times;
  }
}

type Actuator = Servo | Valve | Stepper;
const rig: Actuator[] = [new Servo(), new Valve(), new Stepper(), new SafetyValve()];
const commands = [30, -12, 45, 8, 100];
let total = 0;
for (const cmd of commands) {
  const results: number[] = [];
  for (let i = 0; i < rig.length; i++) results.push(rig[i].apply(cmd));
  total += rig[2].apply(1);
  console.log(cmd, results.join(" "));
}
console.log(rig.map((a) => a.status()).join(" | "), total);
for (const a of rig) {
  if ("flush" in a) console.log(a.status(), "flush", a.flush(3));
  else if (a.apply(0) >= 180 && a.status().length > 0) console.log("at the stop:", a.status());
}
const pick = (n: number): Actuator => rig[n % rig.length];
console.log(`${pick(5).status()} / ${pick(7).apply(-200)} / ${pick(6).status()}`);
const valves = rig.filter((a): a is Valve => a instanceof Valve);
console.log(valves.length, valves.map((v) => v.status()).join(", "));
console.log(rig);
