// Logical assignment (`||=`, `&&=`, `??=`) on an accessor and on array / Uint8Array elements. JavaScript reads
// the target once and stores only when the read does not decide: the setter was called every time (a setter
// that transforms its value changed the field), and on an element the operators were rejected (TSD2157)
// although docs/language.md promises every compound assignment on every lvalue (found while widening the
// --everyday generator with logical assignment, session 7).
class Dimmer {
  raw = 4;
  writes = 0;
  get level(): number {
    return this.raw;
  }
  set level(v: number) {
    this.writes++;
    this.raw = v * 2;
  }
  get label(): string | undefined {
    return this.raw > 5 ? "bright" : undefined;
  }
  set label(v: string | undefined) {
    this.writes += 10;
  }
}

const d = new Dimmer();
d.level ||= 3;
console.log(d.raw, d.writes);
d.level &&= 0;
console.log(d.raw, d.writes);
d.level &&= 5;
console.log(d.raw, d.writes);
d.level ||= 3;
console.log(d.raw, d.writes);
d.label ??= "x";
console.log(d.raw, d.writes);
d.raw = 1;
d.label ??= "y";
console.log(d.raw, d.writes, (d.level ||= 9), d.writes, (d.level &&= 0), d.raw);

const dimmers = [new Dimmer(), d];
let k = 0;
dimmers[k++].level ||= 100;
console.log(k, dimmers[0].raw, dimmers[0].writes);

const counts = [0, 3, NaN];
const names = ["", "x"];
const bytes = new Uint8Array([0, 7]);
let i = 0;
counts[i++] ||= 9;
counts[i++] &&= counts[0] * 2;
counts[i] ||= 1;
names[0] ||= "empty";
names[1] &&= names[1] + "!";
bytes[0] ||= 300;
bytes[1] &&= 0;
console.log(counts.join(), names.join(), bytes.join(), i, (counts[0] &&= 5), (names[0] ||= "no"), counts.join());

const slots: (number | undefined)[] = [undefined, 2];
slots[0] ??= 7;
slots[1] ??= 8;
console.log(slots.join(), (slots[1] ??= 3));

// The right side runs only when the store happens.
let calls = 0;
function next(): number {
  calls++;
  return calls * 10;
}
const totals = [1, 0];
totals[0] ||= next();
totals[1] ||= next();
d.level &&= next();
console.log(totals.join(), calls, d.raw);
