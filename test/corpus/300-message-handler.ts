// An MQTT-style message handler: a discriminated union of interfaces, switched on `kind`, each branch reading
// its own member's fields; messages queued in an array of the union, handlers keep per-kind statistics.
interface TempMsg { kind: "temp"; sensor: string; celsius: number }
interface HumidityMsg { kind: "humidity"; sensor: string; percent: number }
interface RelayMsg { kind: "relay"; pin: number; on: boolean }
interface PingMsg { kind: "ping"; seq: number }
type Msg = TempMsg | HumidityMsg | RelayMsg | PingMsg;

class Stats {
  count = 0;
  min = Infinity;
  max = -Infinity;
  add(v: number): void {
    this.count++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
  }
}

const stats = new Map<string, Stats>();
const relays: boolean[] = [false, false, false, false];
let lastPing = -1;

function statsFor(key: string): Stats {
  let s = stats.get(key);
  if (s === undefined) {
    s = new Stats();
    stats.set(key, s);
  }
  return s;
}

function handle(msg: Msg): string {
  switch (msg.kind) {
    case "temp":
      statsFor(`${msg.sensor}/temp`).add(msg.celsius);
      return `temp ${msg.sensor} ${msg.celsius.toFixed(1)}C`;
    case "humidity":
      statsFor(`${msg.sensor}/hum`).add(msg.percent);
      return `humidity ${msg.sensor} ${msg.percent}%`;
    case "relay": {
      const before = relays[msg.pin];
      relays[msg.pin] = msg.on;
      return `relay ${msg.pin} ${before ? "on" : "off"} -> ${msg.on ? "on" : "off"}`;
    }
    case "ping": {
      const missed = lastPing >= 0 ? msg.seq - lastPing - 1 : 0;
      lastPing = msg.seq;
      return missed > 0 ? `ping ${msg.seq} (missed ${missed})` : `ping ${msg.seq}`;
    }
  }
}

function isReading(m: Msg): m is TempMsg | HumidityMsg {
  return m.kind === "temp" || m.kind === "humidity";
}

const queue: Msg[] = [];
const sensors = ["attic", "cellar"];
for (let i = 0; i < 12; i++) {
  const sensor = sensors[i % 2];
  switch (i % 4) {
    case 0: queue.push({ kind: "temp", sensor, celsius: 18 + i * 0.75 }); break;
    case 1: queue.push({ kind: "humidity", sensor, percent: 40 + ((i * 7) % 30) }); break;
    case 2: queue.push({ kind: "relay", pin: i % 4, on: i % 3 === 0 }); break;
    default: queue.push({ kind: "ping", seq: i === 7 ? 9 : i }); break;
  }
}

let readings = 0;
while (queue.length > 0) {
  const msg = queue.shift()!;
  console.log(handle(msg));
  if (isReading(msg)) {
    readings++;
    console.log("  from", msg.sensor, msg.kind === "temp" ? "T" : "H");
  }
}
console.log("readings:", readings);
for (const [key, s] of stats) console.log(key, s.count, s.min, s.max);
console.log("relays:", relays.join(","));
