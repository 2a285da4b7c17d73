// A WiFi scan report: networks as records, grouped by channel in a Map of arrays, the strongest per SSID
// chosen with reduce, best ones destructured, printed with console.log (Map of arrays of records, nested)
// and as indented JSON; an empty scan makes the picker throw, caught by the caller.
interface Network { ssid: string; rssi: number; channel: number; secure: boolean; bssid: string }

const scan: Network[] = [
  { ssid: "home", rssi: -48, channel: 6, secure: true, bssid: "aa:01" },
  { ssid: "home", rssi: -71, channel: 11, secure: true, bssid: "aa:02" },
  { ssid: "guest", rssi: -60, channel: 6, secure: false, bssid: "bb:01" },
  { ssid: "iot", rssi: -83, channel: 1, secure: true, bssid: "cc:01" },
  { ssid: "", rssi: -90, channel: 1, secure: false, bssid: "dd:01" },
];

interface Brief { ssid: string; rssi: number }

function strongest(networks: Network[]): Network {
  if (networks.length === 0) throw new RangeError("no networks in range");
  return networks.reduce((best, n) => (n.rssi > best.rssi ? n : best));
}

function quality(rssi: number): "excellent" | "good" | "fair" | "poor" {
  return rssi >= -50 ? "excellent" : rssi >= -65 ? "good" : rssi >= -80 ? "fair" : "poor";
}

const byChannel = new Map<number, Network[]>();
for (const n of scan) byChannel.set(n.channel, [...(byChannel.get(n.channel) ?? []), n]);
const names = new Map<number, string[]>();
for (const [ch, ns] of byChannel) names.set(ch, ns.map((n) => n.ssid || "<hidden>"));
console.log(names);

const bySsid = new Map<string, Network>();
for (const n of scan.filter((x) => x.ssid !== "")) {
  const seen = bySsid.get(n.ssid);
  if (!seen || seen.rssi < n.rssi) bySsid.set(n.ssid, n);
}
for (const [ssid, { rssi, channel, secure }] of bySsid) console.log(ssid.padEnd(6), rssi, channel, secure ? "wpa2" : "open", quality(rssi));

for (const list of [scan.filter((n) => n.secure), scan.filter((n) => n.rssi > -40)]) {
  try {
    const { ssid, bssid, ...rest } = strongest(list);
    console.log("join", ssid, bssid, rest.rssi, rest.channel, rest.secure);
  } catch (e) {
    if (e instanceof RangeError) console.log("cannot join:", e.message);
  }
}
console.log(JSON.stringify([...bySsid.values()].map(({ ssid, rssi }): Brief => ({ ssid, rssi })), null, 2));
