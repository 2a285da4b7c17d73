// A relay schedule for an irrigation controller: zones with on-windows, expanded into switch events
// (flatMap), numbered with entries(), grouped per hour with a Map, and each zone's last event found from the
// end. A plain program: the events are replayed by a chain of timeouts, one tick per hour.
enum Zone { Lawn, Beds, Greenhouse }

class Window {
  constructor(readonly zone: Zone, readonly from: number, readonly to: number) {}
}

const windows = [new Window(Zone.Lawn, 5, 6), new Window(Zone.Greenhouse, 6, 9), new Window(Zone.Beds, 18, 19), new Window(Zone.Lawn, 20, 21)];
const events = windows.flatMap((w) => [`${w.from}:${Zone[w.zone]}:on`, `${w.to}:${Zone[w.zone]}:off`]);
for (const [i, e] of events.entries()) console.log(`#${i + 1} ${e}`);

const byHour = new Map<number, string[]>();
for (const e of events) {
  const hour = Number(e.split(":")[0]);
  const list = byHour.get(hour) ?? [];
  list.push(e.slice(e.indexOf(":") + 1));
  byHour.set(hour, list);
}
const hours = Array.from(byHour.keys()).sort((a, b) => a - b);
console.log(`hours with events: ${hours.join(" ")}`);

for (const zone of [Zone.Lawn, Zone.Beds, Zone.Greenhouse]) {
  const last = events.findLast((e) => e.includes(`:${Zone[zone]}:`));
  const lastIndex = events.findLastIndex((e) => e.includes(`:${Zone[zone]}:`));
  console.log(`${Zone[zone]}: last event ${last} at #${lastIndex + 1}`);
}

let hour = 0;
const relays = Array.from({ length: 3 }, () => false);
function tick(): void {
  for (const [i, action] of (byHour.get(hour) ?? []).entries()) {
    const name = action.split(":")[0];
    const state = action.split(":")[1];
    const zone = [Zone.Lawn, Zone.Beds, Zone.Greenhouse].find((z) => Zone[z] === name) ?? Zone.Lawn;
    relays[zone] = state === "on";
    console.log(`${String(hour).padStart(2, "0")}:00 (${i}) relay ${zone} ${state} -> ${relays.map((r) => (r ? "1" : "0")).join("")}`);
  }
  hour++;
  if (hour < 24) setTimeout(tick, 1);
  else console.log(`day done, relays ${relays.join(",")}`);
}
setTimeout(tick, 1);
