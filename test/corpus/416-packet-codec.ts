// A binary packet codec: fields described by [name, bytes] tuples, a packet encoded into a Uint8Array
// big-endian and decoded back into a record; a short or corrupt frame throws a RangeError that is caught;
// frames printed in hex with padStart and the decoded records with console.log.
type FieldSpec = readonly [name: "id" | "temp" | "hum" | "flags", bytes: 1 | 2];
const LAYOUT: readonly FieldSpec[] = [["id", 1], ["temp", 2], ["hum", 1], ["flags", 1]];

interface Packet { id: number; temp: number; hum: number; flags: number }

function xor(u: Uint8Array): number {
  let x = 0;
  for (const b of u) x ^= b;
  return x;
}

function encode(p: Packet): Uint8Array {
  const out = new Uint8Array(LAYOUT.reduce((n, [, b]) => n + b, 1));
  let i = 0;
  for (const [name, bytes] of LAYOUT) {
    const v = name === "id" ? p.id : name === "temp" ? Math.round(p.temp * 10) & 0xffff : name === "hum" ? p.hum : p.flags;
    if (bytes === 2) out[i++] = v >> 8;
    out[i++] = v;
  }
  out[i] = xor(out.subarray(0, i));
  return out;
}

function decode(frame: Uint8Array): Packet {
  const need = LAYOUT.reduce((n, [, b]) => n + b, 1);
  if (frame.length < need) throw new RangeError(`frame of ${frame.length} bytes, need ${need}`);
  const sum = xor(frame.subarray(0, need - 1));
  if (sum !== frame[need - 1]) throw new RangeError(`checksum ${sum} != ${frame[need - 1]}`);
  const p: Packet = { id: 0, temp: 0, hum: 0, flags: 0 };
  let i = 0;
  for (const [name, bytes] of LAYOUT) {
    let v = frame[i++];
    if (bytes === 2) v = (v << 8) | frame[i++];
    if (name === "temp") p.temp = (v >= 0x8000 ? v - 0x10000 : v) / 10;
    else if (name === "id") p.id = v;
    else if (name === "hum") p.hum = v;
    else p.flags = v;
  }
  return p;
}

function hex(u: Uint8Array): string {
  const parts: string[] = [];
  for (const b of u) parts.push(b.toString(16).padStart(2, "0"));
  return parts.join(" ");
}

const packets: Packet[] = [
  { id: 7, temp: 21.5, hum: 40, flags: 1 },
  { id: 255, temp: -3.2, hum: 99, flags: 0x80 },
];
const frames = packets.map(encode);
frames.forEach((f) => console.log(hex(f)));
const broken = frames[1].slice();
broken[2] ^= 0x10;
for (const f of [...frames, broken, frames[0].subarray(0, 3)]) {
  try {
    const { id, temp, ...rest } = decode(f);
    console.log(id, temp, rest.hum, rest.flags);
  } catch (e) {
    if (e instanceof RangeError) console.log("dropped:", e.message);
  }
}
