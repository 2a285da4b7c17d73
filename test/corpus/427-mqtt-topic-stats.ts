// Statistics over a stream of MQTT messages: payloads parsed as JSON numbers or records depending on the
// topic (typeof of a number | string union from the topic table), a class per topic with getters, sorted
// report rows as tuples, console.log of a Map of class instances.
interface Envelope { t: number; v: number; unit?: string }
type Decoder = "number" | "envelope";

class TopicStats {
  count = 0;
  total = 0;
  last: number | string = "-";
  get mean(): number {
    return this.count ? this.total / this.count : 0;
  }
}

const decoders = new Map<string, Decoder>([["sensors/temp", "number"], ["sensors/power", "envelope"]]);
const stats = new Map<string, TopicStats>();

function onMessage(topic: string, payload: string): void {
  const decoder = decoders.get(topic);
  let value: number | string;
  if (decoder === "number") value = JSON.parse(payload) as number;
  else if (decoder === "envelope") {
    const { v, unit = "W" } = JSON.parse(payload) as Envelope;
    value = `${v}${unit}`;
  } else value = payload;
  let s = stats.get(topic);
  if (!s) stats.set(topic, (s = new TopicStats()));
  s.count++;
  if (typeof value === "number") s.total += value;
  else s.total += parseFloat(value) || 0;
  s.last = value;
}

const messages: [string, string][] = [
  ["sensors/temp", "21.5"],
  ["sensors/power", '{"t":1,"v":120}'],
  ["sensors/temp", "22"],
  ["status", "online"],
  ["sensors/power", '{"t":2,"v":95.5,"unit":"VA"}'],
  ["sensors/temp", "-1.5e1"],
  ["status", "12 rssi"],
];
for (const [topic, payload] of messages) onMessage(topic, payload);

const rows: [string, number, string][] = [];
for (const [topic, s] of stats.entries()) rows.push([topic, s.count, s.mean.toFixed(3)]);
rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
for (const [topic, count, mean] of rows) console.log(topic.padEnd(14), count, mean);
console.log(stats);
