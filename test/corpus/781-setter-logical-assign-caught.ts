// A setter reached by `o.value ??= v;` (never nullish here: it reads and does not store), `o.value ||= v;` or `o.value &&= v;` (a statement of its own) inside a
// try: a TypeError it raises (a store through an element past the end) is catchable as in Node, and so is one
// raised by `o.value++;` after such a statement that did not store (m-735-…-94000000: the logical assignment
// left the setter untested, so its TypeError ended the program; `o.value++;` then broke the pending-error
// invariant).
class Slot {
  constructor(public raw: number) {}
}
class Channel {
  constructor(private slots: Slot[], private index: number, private fallback: number) {}
  get value(): number {
    return this.slots[this.index]?.raw ?? this.fallback;
  }
  set value(v: number) {
    console.log(`  store ${v} in slot ${this.index}`);
    this.slots[this.index].raw = v;
  }
}
const slots = [new Slot(0), new Slot(9)];
const channels = [new Channel(slots, 0, 1), new Channel(slots, 1, 1), new Channel(slots, 4, 5), new Channel(slots, 6, 0), new Channel(slots, 7, 0)];
let ticks = 0;
for (const ch of channels) {
  try {
    ch.value ??= 2;
    ch.value ||= 3;
    ch.value &&= ch.value + 1;
    ticks++;
    console.log("now", ch.value);
  } catch (e) {
    console.log("channel:", String(e), e instanceof TypeError);
  }
}
for (const ch of channels) {
  try {
    ch.value ??= 2;
    ch.value++;
    console.log("bumped", ch.value);
  } catch (e) {
    console.log("bump:", String(e));
  }
}
console.log("ticks", ticks, slots.map((s) => s.raw).join(" "));
