// An i8/u8/i16/u16 arithmetic result is wrapped to its type before anything reads it, as AssemblyScript does:
// C++ computed it in int, so `a + 1 < a` on an i16 32767 was false, `u + 1 == 0` on a u8 255 false, an index
// `idx + 2` of a u8 255 read element 257, and a conversion `(c + 1) as i8` printed 128.
const a: i16 = 32767;
const b: i16 = a + 1;
console.log(b < 0 ? "b < 0" : "b >= 0");
console.log(a + 1 < a ? "a + 1 wraps" : "a + 1 grows");
let u: u8 = 255;
console.log(u + 1 == 0 ? "u + 1 == 0" : "u + 1 != 0");
console.log(u + 1 > u ? "u + 1 > u" : "u + 1 <= u");
console.log(u * 2 != 510 ? "u * 2 wrapped" : "u * 2 is 510");
let c: i8 = 127;
console.log(((c + 1) as i8).toString() + " " + (<i8>(c + 1)).toString() + " " + i8(c + 1).toString());
const wide: i32 = 300;
console.log((wide as u8).toString() + " " + (<i8>wide).toString() + " " + (wide as u16).toString());
const arr: i32[] = [10, 20, 30, 40];
let idx: u8 = 255;
console.log(arr[idx + 2].toString());
const m = new Map<u8, string>();
m.set(u + 1, "zero");
console.log(m.has(0) ? "key 0" : "no key 0");
function asI32(x: i32): string {
  return x.toString();
}
let w: i16 = 32767;
console.log(asI32(w + 1) + " " + i32(Math.max(w + 1, 0)).toString() + " " + `${w + 1}`);
let n16: i16 = -32768;
console.log(-n16 < 0 ? "-n16 < 0" : "-n16 >= 0");
console.log(n16 - 1 > 0 ? "n16 - 1 > 0" : "n16 - 1 <= 0");
switch (u + 1) {
  case 0:
    console.log("switch 0");
    break;
  default:
    console.log("switch other");
}
const t: i16 = 32767;
const pick: i16 = t > 0 ? t + 1 : t;
console.log(pick.toString() + " " + (t > 0 ? t + 1 : t).toString());
const e8: u8 = 200;
console.log(((e8 + e8) / 2).toString() + " " + ((e8 + e8) % 7).toString() + " " + ((e8 * 2) >> 1).toString());
console.log(e8 * e8 == 64 ? "e8 * e8 == 64" : "e8 * e8 != 64");
class Counter {
  v: u8 = 250;
  w: i16 = 32767;
  bump(): u8 {
    return this.v + 10;
  }
}
const k = new Counter();
console.log(k.bump().toString() + " " + (k.w + 1 < 0 ? "field wraps" : "field grows"));
k.v += 10;
k.w++;
console.log(k.v.toString() + " " + k.w.toString());
let d16: u16 = 1;
d16 -= 2;
console.log(d16.toString() + " " + (d16 + 1 == 0 ? "top + 1 == 0" : "top + 1 != 0"));
