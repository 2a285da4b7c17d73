// Parsed packets as tuples: a parser returning [kind, id, payload], tuple arrays, tuple destructuring in
// parameters and for-of, tuples stored in Maps and records, element reads and writes by literal index.
type Packet = [kind: string, id: number, payload: number[]];

function parsePacket(frame: number[]): Packet {
  const kinds = ["ping", "data", "ack"];
  const kind = frame[0] < kinds.length ? kinds[frame[0]] : "unknown";
  const id = (frame[1] << 8) | frame[2];
  return [kind, id, frame.slice(3)];
}

function checksum([, id, payload]: Packet): number {
  let sum = id & 0xff;
  for (const b of payload) sum = (sum + b) & 0xff;
  return sum;
}

const frames = [
  [1, 0, 7, 10, 20, 30],
  [0, 1, 2],
  [2, 0, 7, 1],
  [9, 255, 255, 4, 4],
];
const packets: Packet[] = frames.map(parsePacket);
for (const [kind, id, payload] of packets) {
  console.log(kind, id, payload.length, payload.join(" "));
}
console.log(packets.map(checksum).join(","));

// A min/max pair returned as a tuple and destructured with defaults.
function range(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
const [lo, hi] = range([12, 7, 30, 21]);
console.log(lo, hi, hi - lo);

// Tuples as map values and record fields; writes by literal index.
const lastById = new Map<number, [string, number]>();
for (const p of packets) lastById.set(p[1], [p[0], p[2].length]);
for (const [id, [kind, size]] of lastById) console.log(id, kind, size);
const entry = lastById.get(7);
if (entry) {
  entry[1] += 100;
  console.log(entry[0], entry[1], lastById.get(7)?.[1]);
}
interface Link {
  name: string;
  rssi: [now: number, best: number];
}
const link: Link = { name: "uplink", rssi: [-70, -64] };
link.rssi[0] = -61;
if (link.rssi[0] > link.rssi[1]) link.rssi[1] = link.rssi[0];
console.log(link.name, link.rssi[0], link.rssi[1]);
const pairs: [string, boolean][] = [["relay", true], ["fan", false]];
const labels = pairs.map(([n, on]) => `${n}=${on ? "on" : "off"}`);
console.log(labels.join(";"));
let state: [number, string] = [0, "idle"];
const step = (s: [number, string]): [number, string] => [s[0] + 1, s[0] % 2 === 0 ? "busy" : "idle"];
for (let i = 0; i < 3; i++) state = step(state);
const [count, mode] = state;
console.log(count, mode);
function describeLink(name: string, now: number, best: number): string {
  return `${name}:${now}/${best}`;
}
console.log(describeLink(link.name, ...link.rssi), describeLink("fixed", ...range([3, -3])));
