// Issue 11 (errs4): a getter that may throw, reached by `o.name++`, `--o.name` or `o.name += v` on an accessor
// pair: the getter's error is catchable (was TSD2261), the setter does not run after it, and the program goes on.
// The getters throw their own RangeError or raise the TypeError of an element past the end of their table.
class Dimmer {
  private history: number[] = [];
  constructor(public name: string, private steps: number[], private at: number) {}
  get level(): number {
    if (this.at < 0) throw new RangeError(`${this.name}: not calibrated`);
    return this.steps[this.at];
  }
  set level(v: number) {
    this.history.push(v);
    this.steps[this.at] = v;
  }
  get changes(): string {
    return this.history.join(",");
  }
}

class Slot {
  constructor(public raw: number) {}
}

class Channel {
  constructor(private slots: Slot[], private index: number) {}
  get value(): number {
    return this.slots[this.index].raw;
  }
  set value(v: number) {
    console.log(`  store ${v} in slot ${this.index}`);
    this.slots[this.index].raw = v;
  }
}

function nudge(d: Dimmer, by: number): number {
  d.level += by;
  return d.level;
}

const lamps = [new Dimmer("hall", [10, 20], 1), new Dimmer("porch", [5], -1)];
for (const lamp of lamps) {
  try {
    lamp.level++;
    ++lamp.level;
    console.log(lamp.name, "up to", lamp.level);
    console.log(lamp.name, "nudged to", nudge(lamp, 5));
    lamp.level--;
    console.log(lamp.name, "now", lamp.level, "after", lamp.changes);
  } catch (e) {
    console.log("failed:", (e as Error).message, "changes:", lamp.changes || "none");
  }
}

const slots = [new Slot(7), new Slot(9)];
const channels = [new Channel(slots, 0), new Channel(slots, 1), new Channel(slots, 4)];
let ticks = 0;
for (const ch of channels) {
  try {
    ch.value *= 2;
    const before = ch.value++;
    ticks++;
    console.log("doubled", before, "then", ch.value);
  } catch (e) {
    console.log("channel:", String(e));
  }
}
console.log("ticks", ticks, slots.map((s) => s.raw).join(" "));
