// Irrigation rules loaded from JSON (an array of records with optional members), expanded with spread into
// per-zone schedules, sorted, checked against the clock with destructuring in for-of; a rule with an invalid
// time throws a ScheduleError that is caught and reported.
interface Rule { zone: string; at: string; minutes: number; days?: number[]; skipIfRain?: boolean }
interface Slot { zone: string; start: number; end: number; skipIfRain: boolean }

interface Row extends Slot { raining: boolean }

class ScheduleError extends Error {
  constructor(readonly rule: Rule, reason: string) {
    super(`${rule.zone}@${rule.at}: ${reason}`);
    this.name = "ScheduleError";
  }
}

const text = `[
  {"zone":"lawn","at":"06:30","minutes":20,"days":[1,3,5]},
  {"zone":"beds","at":"07:05","minutes":10,"skipIfRain":true},
  {"zone":"pots","at":"25:00","minutes":5},
  {"zone":"lawn","at":"19:45","minutes":15,"days":[]},
  {"zone":"hedge","at":"06:40","minutes":-3}
]`;
const rules = JSON.parse(text) as Rule[];

function toSlot(rule: Rule): Slot {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(rule.at);
  if (!m) throw new ScheduleError(rule, "invalid time");
  if (rule.minutes <= 0) throw new ScheduleError(rule, `duration ${rule.minutes}`);
  const start = Number(m[1]) * 60 + Number(m[2]);
  const { zone, minutes, skipIfRain = false } = rule;
  return { zone, start, end: start + minutes, skipIfRain };
}

const slots: Slot[] = [];
for (const rule of rules) {
  try {
    const days = rule.days ?? [0, 1, 2, 3, 4, 5, 6];
    if (days.length === 0) continue;
    slots.push(toSlot(rule));
  } catch (e) {
    if (e instanceof ScheduleError) console.log(e.name, e.message, e.rule.minutes);
  }
}
slots.sort((a, b) => a.start - b.start || (a.zone < b.zone ? -1 : a.zone > b.zone ? 1 : 0));
const fmt = (t: number): string => `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
for (const { zone, start, end, skipIfRain } of slots) console.log(`${fmt(start)}-${fmt(end)} ${zone}${skipIfRain ? " (dry days)" : ""}`);
const overlaps = slots.flatMap((a, i) => slots.slice(i + 1).filter((b) => b.start < a.end).map((b) => `${a.zone}/${b.zone}`));
console.log(overlaps);
console.log(JSON.stringify(slots.map((s): Row => ({ ...s, raining: false }))));
