// A setter reached by `o.value *= 2;`, `o.value++;` or `--o.value;` (a statement of its own) inside a try:
// a TypeError it raises (a store through an element past the end) is catchable as in Node, and the rest of
// the try block does not run.
class Slot {
  constructor(public raw: number) {}
}
class Channel {
  constructor(private slots: Slot[], private index: number) {}
  get value(): number {
    return this.slots[this.index]?.raw ?? -1;
  }
  set value(v: number) {
    console.log(`  store ${v} in slot ${this.index}`);
    this.slots[this.index].raw = v;
  }
}
const slots = [new Slot(7), new Slot(9)];
const channels = [new Channel(slots, 0), new Channel(slots, 1), new Channel(slots, 4)];
let ticks = 0;
for (const ch of channels) {
  try {
    ch.value *= 2;
    ch.value++;
    --ch.value;
    ch.value <<= 1;
    ticks++;
    console.log("now", ch.value);
  } catch (e) {
    console.log("channel:", String(e), e instanceof TypeError);
  }
}
console.log("ticks", ticks, slots.map((s) => s.raw).join(" "));
