// mix finding (issue 11 corpus, session 4): Array.from(u, (b) => b.toString(16).padStart(2, '0')) is rejected (TSD2010: a callback passed to a built-in may not throw) in any program with a try, because toString(radix) may raise; (Uint8Array.reduce is not supported either)
// Found as test/corpus/416-packet-codec.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 416-packet-codec.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   test/corpus/416-packet-codec.ts:39:54: error TSD2010: a callback passed to a built-in or library function may not throw
//     39 | const hex = (u: Uint8Array): string => Array.from(u, (b) => b.toString(16).padStart(2, "0")).join(" ");
//                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//     hint: use a for-of loop, or catch inside the callback
//   test/corpus/416-packet-codec.ts:17:31: error TSD2006: 'reduce' is not supported on Uint8Array
//     17 |   out[i] = out.subarray(0, i).reduce((a, b) => a ^ b, 0);
//                                        ^^^^^^
//     hint: supported: subarray, slice, fill, indexOf, includes, join
//   test/corpus/416-packet-codec.ts:24:43: error TSD2006: 'reduce' is not supported on Uint8Array
//     24 |   const sum = frame.subarray(0, need - 1).reduce((a, b) => a ^ b, 0);
//                                                    ^^^^^^
//     hint: supported: subarray, slice, fill, indexOf, includes, join
//   test/corpus/416-packet-codec.ts:39:51: error TSD2005: not supported by tsduino: 'Array.from of Uint8Array<ArrayBufferLike>'
//     39 | const hex = (u: Uint8Array): string => Array.from(u, (b) => b.toString(16).padStart(2, "0")).join(" ");
//                                                            ^
//     hint: Array.from takes an array, a string, a Map's or Set's keys()/values(), a Set, or { length: n }
//   tsduino: 4 errors; no C++ written.
//   
// signature: mix-callback-tostring-may-throw

// A binary packet codec: fields described by [name, bytes] tuples, a packet encoded into a Uint8Array
// big-endian and decoded back into a record; a short or corrupt frame throws a RangeError that is caught;
// frames printed in hex with padStart and the decoded records with console.log.
type FieldSpec = readonly [name: "id" | "temp" | "hum" | "flags", bytes: 1 | 2];
const LAYOUT: readonly FieldSpec[] = [["id", 1], ["temp", 2], ["hum", 1], ["flags", 1]];

interface Packet { id: number; temp: number; hum: number; flags: number }

function encode(p: Packet): Uint8Array {
  const out = new Uint8Array(LAYOUT.reduce((n, [, b]) => n + b, 1));
  let i = 0;
  for (const [name, bytes] of LAYOUT) {
    const v = name === "id" ? p.id : name === "temp" ? Math.round(p.temp * 10) & 0xffff : name === "hum" ? p.hum : p.flags;
    if (bytes === 2) out[i++] = v >> 8;
    out[i++] = v;
  }
  out[i] = out.subarray(0, i).reduce((a, b) => a ^ b, 0);
  return out;
}

function decode(frame: Uint8Array): Packet {
  const need = LAYOUT.reduce((n, [, b]) => n + b, 1);
  if (frame.length < need) throw new RangeError(`frame of ${frame.length} bytes, need ${need}`);
  const sum = frame.subarray(0, need - 1).reduce((a, b) => a ^ b, 0);
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

const hex = (u: Uint8Array): string => Array.from(u, (b) => b.toString(16).padStart(2, "0")).join(" ");

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
    console.log(id, temp, rest);
  } catch (e) {
    if (e instanceof RangeError) console.log("dropped:", e.message);
  }
}
