// Was finding mix-union-records-console-log (session 5 fix: console.log and JSON of a union of records).
// BLE advertisement decoding: hex strings split into [type, data] AD structures, manufacturer data decoded
// into a union of beacon kinds narrowed by `kind`, unknown structures kept as raw hex; a truncated packet
// throws a DecodeError that the scanner catches; beacons printed with console.log and JSON.
interface IBeacon { kind: "ibeacon"; uuid: string; major: number; minor: number; power: number }
interface Eddystone { kind: "eddystone"; url: string }
interface Raw { kind: "raw"; type: number; hex: string }
type Beacon = IBeacon | Eddystone | Raw;

class DecodeError extends Error {
  name = "DecodeError";
}

function bytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16));
  return out;
}
const toHex = (xs: number[]): string => xs.map((b) => b.toString(16).padStart(2, "0")).join("");

function structures(data: number[]): [number, number[]][] {
  const out: [number, number[]][] = [];
  let i = 0;
  while (i < data.length) {
    const len = data[i];
    if (len === 0) break;
    if (i + 1 + len > data.length) throw new DecodeError(`structure at ${i} needs ${len} bytes, ${data.length - i - 1} left`);
    out.push([data[i + 1], data.slice(i + 2, i + 1 + len)]);
    i += len + 1;
  }
  return out;
}

const SCHEMES = ["http://www.", "https://www.", "http://", "https://"];

function decode(type: number, d: number[]): Beacon {
  if (type === 0xff && d[0] === 0x4c && d[2] === 0x02) {
    const u = toHex(d.slice(4, 20));
    return { kind: "ibeacon", uuid: `${u.slice(0, 8)}-${u.slice(8, 12)}-${u.slice(12, 16)}`, major: (d[20] << 8) | d[21], minor: (d[22] << 8) | d[23], power: d[24] - 256 };
  }
  if (type === 0x16 && d[0] === 0xaa && d[2] === 0x10) {
    const [scheme, ...rest] = d.slice(4);
    return { kind: "eddystone", url: SCHEMES[scheme] + rest.map((c) => String.fromCharCode(c)).join("") };
  }
  return { kind: "raw", type, hex: toHex(d) };
}

const packets = [
  "0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e000010002c5",
  "0201060f16aafe10ee02676f6f676c6507",
  "0201060509414243",
  "02010610ff4c0002",
];
const found: Beacon[] = [];
for (const p of packets) {
  try {
    for (const [type, data] of structures(bytes(p))) if (type !== 0x01) found.push(decode(type, data));
  } catch (e) {
    if (e instanceof DecodeError) console.log(`${e.name}: ${e.message}`);
  }
}
for (const b of found) {
  switch (b.kind) {
    case "ibeacon":
      console.log(`iBeacon ${b.uuid} ${b.major}/${b.minor} ${b.power} dBm`);
      break;
    case "eddystone":
      console.log(`Eddystone ${b.url}`);
      break;
    default:
      console.log(`raw 0x${b.type.toString(16)} ${b.hex}`);
  }
}
console.log(found);
console.log(JSON.stringify(found, null, 1));
