// A registry of mesh devices keyed by id: a sweep walks the ids with keys() and drops stale devices while
// iterating (Map iterators are live: later keys are still visited, deleted ones are not), re-registers a
// replacement that the same sweep then visits, and retry queues are walked with entries() while they grow.
// Set values() and array values() are live too.
class Device {
  constructor(readonly id: string, public lastSeen: number, public rssi: number) {}
}

const devices = new Map<string, Device>();
const ids = ["a1", "b2", "c3", "d4"];
const seen = [100, 20, 95, 10];
const rssi = [-40, -70, -55, -80];
for (const [i, id] of ids.entries()) devices.set(id, new Device(id, seen[i], rssi[i]));

const now = 110;
for (const id of devices.keys()) {
  const d = devices.get(id);
  if (!d) continue;
  const age = now - d.lastSeen;
  console.log(`sweep ${id}: age ${age}`);
  if (age > 60) {
    devices.delete(id);
    if (id === "b2") devices.set("b2-new", new Device("b2-new", now, -60));
    const last = ids[ids.length - 1];
    if (id === "b2" && devices.has(last)) {
      devices.delete(last);
      console.log(`  dropped ${id} and ${last}`);
    } else console.log(`  dropped ${id}`);
  }
}
for (const d of devices.values()) console.log(`kept ${d.id} rssi ${d.rssi}`);

const retries = ["ping", "sync"];
for (const [i, job] of retries.entries()) {
  console.log(`retry #${i} ${job}`);
  if (job === "sync" && retries.length < 4) retries.push("sync-2", "ack");
}
const channels = new Set<number>([1, 6]);
for (const ch of channels.values()) {
  if (ch < 11) channels.add(ch + 5);
  console.log(`scan channel ${ch}`);
}
const readings = [3, 1];
for (const r of readings.values()) if (r > 1) readings.push(r - 1);
console.log(`readings ${readings.join(",")} indices ${Array.from(readings.keys()).join("")}`);
for (const i of readings.keys()) if (i === 0) readings.pop();
console.log(`after pop ${readings.length}`);
