// Was finding mix-rest-object-console-log (session 5 fix: console.log of a rest pattern's object).
// A settings store that keeps its state as JSON text (as in EEPROM): load with JSON.parse, change with
// spread updates, save with JSON.stringify; a migration function upgrades old versions; console.log shows
// the nested state; keys listed with Object.keys on a class snapshot.
interface Net { ssid: string; dhcp: boolean; ip?: string }
interface Settings { version: number; name: string; net: Net; thresholds: number[]; tags: string[] }

class Snapshot {
  constructor(public version: number, public bytes: number, public changed: boolean) {}
}

let stored = '{"version":1,"name":"probe","net":{"ssid":"lab","dhcp":true},"thresholds":[10,20],"tags":[]}';

function load(): Settings {
  const s = JSON.parse(stored) as Settings;
  if (s.version < 2) return { ...s, version: 2, thresholds: [...s.thresholds, 30], tags: [...s.tags, "migrated"] };
  return s;
}

function save(s: Settings): Snapshot {
  const text = JSON.stringify(s);
  const changed = text !== stored;
  stored = text;
  return new Snapshot(s.version, text.length, changed);
}

let s = load();
console.log(s);
console.log(save(s));
s = { ...s, net: { ...s.net, dhcp: false, ip: "10.0.0.7" } };
console.log(save(s), Object.keys(save(s)));
s = load();
const { net: { ssid, ip = "dhcp" }, thresholds: [low, , high = -1], ...rest } = s;
console.log(ssid, ip, low, high, rest);
console.log(JSON.stringify(s, null, 2));
console.log(stored);
