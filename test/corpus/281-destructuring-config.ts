// Destructuring in firmware-style code: a device configuration read with nested patterns and defaults,
// handlers taking their options as a pattern, rest elements, for-of over records and Map entries, swaps.
interface NetConfig {
  ssid: string;
  channel?: number;
  hosts: string[];
}
interface DeviceConfig {
  name: string;
  net: NetConfig;
  sampleMs?: number;
  pins: number[];
}

const config: DeviceConfig = { name: "node-7", net: { ssid: "lab", hosts: ["10.0.0.2", "10.0.0.3", "10.0.0.9"] }, pins: [4, 5, 12, 13] };
const { name, sampleMs = 1000, net: { ssid, channel = 6, hosts: [primary, ...fallbacks] } } = config;
console.log(name, sampleMs, ssid, channel, primary, fallbacks.length, fallbacks.join(" "));

const [ledPin, buttonPin, ...spare] = config.pins;
console.log(ledPin, buttonPin, spare.join(","));

function connect({ ssid, channel = 1 }: NetConfig, { retries = 3, backoffMs = 250 }: { retries?: number; backoffMs?: number } = {}): string {
  let waited = 0;
  for (let i = 1; i < retries; i++) waited += backoffMs * i;
  return `${ssid}@${channel} after ${waited}ms`;
}
console.log(connect(config.net));
console.log(connect({ ssid: "guest", channel: 11, hosts: [] }, { retries: 4 }));

interface Reading {
  sensor: string;
  value: number;
  ok: boolean;
}
const readings: Reading[] = [
  { sensor: "t1", value: 21.5, ok: true },
  { sensor: "h1", value: 140, ok: false },
  { sensor: "t2", value: 19.25, ok: true },
];
let total = 0;
for (const { sensor, value, ok } of readings) {
  if (!ok) {
    console.log("skip", sensor);
    continue;
  }
  total += value;
}
console.log("total", total);
console.log(readings.filter(({ ok }) => ok).map(({ sensor, value }) => `${sensor}:${value}`).join(" "));

const lastSeen = new Map<string, Reading>();
for (const r of readings) lastSeen.set(r.sensor, r);
for (const [id, { value, ok }] of lastSeen) console.log(id, value, ok ? "ok" : "fault");

const { sensor: firstSensor, ...others } = readings[0];
console.log(firstSensor, others.value, others.ok);

// Swaps and rotations without a temporary.
let lo = 9;
let hi = 3;
if (lo > hi) [lo, hi] = [hi, lo];
console.log(lo, hi);
let a = 1;
let b = 1;
for (let i = 0; i < 10; i++) [a, b] = [b, a + b];
console.log(a, b);
const window = [0, 0, 0];
const state = { min: 0, max: 0 };
for (const v of [5, 8, 2]) {
  [window[0], window[1], window[2]] = [window[1], window[2], v];
  ({ min: state.min, max: state.max } = { min: Math.min(...window), max: Math.max(...window) });
}
console.log(window.join(","), state.min, state.max);
