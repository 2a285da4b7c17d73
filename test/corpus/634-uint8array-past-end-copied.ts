// A Uint8Array read past its end is undefined in Node, also after it is copied into a variable, a field or
// a return value (mutant m-416-…-64810060: a decoder that read one byte too many printed NaN where Node
// prints undefined); arithmetic on it is NaN, bitwise operators read it as 0.
const frame = new Uint8Array([7, 0xd7, 0x28]);
let i = 1;
let v = frame[i++];
v = frame[i++];
v = frame[i++];
console.log(v, frame[i]);
interface Packet {
  id: number;
  temp: number;
}
const p: Packet = { id: 0, temp: 0 };
p.id = frame[9];
p.temp = ((frame[5] << 8) | frame[6]) / 10;
function byteAt(k: number): number {
  return frame[k];
}
console.log(p.id, p.temp, byteAt(3), byteAt(0) + byteAt(3), byteAt(4) / 10, JSON.stringify([byteAt(7), byteAt(1)]));
const copy: number[] = [frame[0], frame[3]];
console.log(copy.join("|"), copy[1] === undefined, `${frame[8]}`, String(frame[8]));
