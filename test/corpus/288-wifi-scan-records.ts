// A WiFi scan summary: networks as anonymous records sorted and grouped, best network chosen with
// destructuring and defaults, channel usage as [channel, count] tuples, known networks merged from two
// lists with spread, and a retry plan built with array spread.
const scan = [
  { ssid: "home", rssi: -48, channel: 6, secure: true },
  { ssid: "guest", rssi: -71, channel: 11, secure: false },
  { ssid: "iot", rssi: -60, channel: 6, secure: true },
  { ssid: "cafe", rssi: -85, channel: 1, secure: false },
  { ssid: "home", rssi: -52, channel: 1, secure: true },
];
type Network = (typeof scan)[number];

function quality({ rssi }: Network): number {
  return Math.max(0, Math.min(100, 2 * (rssi + 100)));
}

const byStrength = [...scan].sort((a, b) => b.rssi - a.rssi);
console.log(byStrength.map(({ ssid, rssi }) => `${ssid}(${rssi})`).join(" "));

const usage = new Map<number, number>();
for (const { channel } of scan) usage.set(channel, (usage.get(channel) ?? 0) + 1);
const channels: [number, number][] = [];
for (const [channel, count] of usage) channels.push([channel, count]);
channels.sort(([, a], [, b]) => b - a);
const [[busiest, busiestCount], ...quieter] = channels;
console.log("busiest", busiest, busiestCount, "others", quieter.map(([c, n]) => `${c}:${n}`).join(","));

const saved = [{ ssid: "home", password: "secret", priority: 2 }];
const provisioned = [{ ssid: "iot", password: "device", priority: 1 }];
const known = [...saved, ...provisioned, { ssid: "cafe", password: "", priority: 0 }];

function choose(networks: Network[]): { ssid: string; score: number; password?: string } | undefined {
  let best: { ssid: string; score: number; password?: string } | undefined;
  for (const n of networks) {
    const entry = known.find((k) => k.ssid === n.ssid);
    if (!entry) continue;
    const { password, priority = 0 } = entry;
    const score = quality(n) + priority * 10;
    if (!best || score > best.score) best = { ssid: n.ssid, score, password: password || undefined };
  }
  return best;
}
const chosen = choose(scan);
const { ssid = "none", score = 0, password = "(open)" } = chosen ?? {};
console.log("chosen", ssid, score, password);

const plan = [...known.map((k) => k.ssid), ...["fallback"]];
const retries = [...plan, ...plan.slice(0, 1)];
console.log(retries.length, retries.join(">"), Math.max(...scan.map(quality)), Math.min(...scan.map(quality)));
const { ssid: nothing = "none", score: noScore, password: noPassword = "-" } = choose([]) ?? {};
console.log(nothing, noScore, noPassword);
