// `in` narrowing between interfaces and between classes, unions with null and undefined, optional chaining
// on a union, and a union property every member inherits from one base declaration.
interface Named { name: string }
interface WifiConfig extends Named { ssid: string; channel: number }
interface EthConfig extends Named { mac: string }
interface ApConfig extends Named { ssid: string; clients: number }
type NetConfig = WifiConfig | EthConfig | ApConfig;

class Led { constructor(public pin: number, public lit: boolean) {} }
class Buzzer { constructor(public pin: number, public hz: number) {} }
type Output = Led | Buzzer;

function summary(c: NetConfig): string {
  if ("mac" in c) return `${c.name}: ethernet ${c.mac}`;
  if ("clients" in c) return `${c.name}: access point ${c.ssid} (${c.clients} clients)`;
  return `${c.name}: wifi ${c.ssid} ch${c.channel}`;
}

function hasSsid(c: NetConfig): boolean {
  return "ssid" in c;
}

function drive(o: Output | null | undefined): string {
  if (o === null) return "disabled";
  if (o === undefined) return "missing";
  if ("hz" in o) return `buzz ${o.pin} at ${o.hz}Hz`;
  return `led ${o.pin} ${o.lit ? "on" : "off"}`;
}

const configs: NetConfig[] = [
  { name: "home", ssid: "HomeNet", channel: 6 },
  { name: "lab", mac: "de:ad:be:ef:00:01" },
  { name: "setup", ssid: "ESP-SETUP", clients: 2 },
];
for (const c of configs) console.log(summary(c), hasSsid(c), c.name.length);

const outputs: (Output | null | undefined)[] = [new Led(2, true), null, new Buzzer(5, 440), undefined, new Led(4, false)];
for (const o of outputs) console.log(drive(o), o?.pin ?? -1);

let active: NetConfig | undefined;
console.log(active?.name ?? "no network");
active = configs[2];
console.log(active?.name, "ssid" in active ? active.ssid : "");
const pins = outputs.map((o) => (o === null || o === undefined ? 0 : o.pin));
console.log(pins.join(" "));
