// Issue 11: a setter that may throw, written as a statement of its own (`led.duty = v;`): its RangeError, and
// the TypeError of a member read inside it (`this.curves[i].gamma` past the end), are catchable in the caller
// and the caller's caller; a PWM channel keeps its last good duty cycle.
interface Curve {
  gamma: number;
  label: string;
}

class PwmChannel {
  private raw = 0;
  private curves: Curve[] = [{ gamma: 1, label: "linear" }, { gamma: 2.2, label: "eye" }];
  curveName = "linear";

  constructor(public pin: number) {}

  set duty(percent: number) {
    if (percent < 0 || percent > 100) throw new RangeError(`duty ${percent}% out of range`);
    this.raw = Math.round(1023 * percent / 100);
  }

  set curve(index: number) {
    this.curveName = this.curves[index].label;
  }

  get level(): number {
    return this.raw;
  }
}

function setAll(channels: PwmChannel[], percent: number, curve: number): string {
  for (const ch of channels) {
    ch.curve = curve;
    ch.duty = percent;
  }
  return channels.map((c) => `${c.pin}:${c.level}/${c.curveName}`).join(" ");
}

const leds = [new PwmChannel(4), new PwmChannel(5)];
const steps = [[50, 0], [120, 1], [25, 1], [75, 3], [100, 0]];
for (const [percent, curve] of steps) {
  try {
    console.log(setAll(leds, percent, curve));
  } catch (e) {
    if (e instanceof RangeError) console.log("range:", e.message, leds[0].level);
    else if (e instanceof TypeError) console.log("type:", e.message, leds[0].curveName);
  }
}
const spare = new PwmChannel(12);
try {
  spare.duty = 10;
  spare.curve = 1;
  spare.duty = -5;
} catch (e) {
  console.log((e as Error).name, spare.level, spare.curveName);
}
