// Bit operations and shifts on fixed-width integers.
let x: i32 = -16;
console.log((x >> 2).toString());
console.log((x >>> 28).toString());
console.log((x << 3).toString());
let m: u32 = 0xF0F0F0F0;
console.log((m & 0xFF).toString() + " " + (m | 1).toString() + " " + (m ^ 0xFFFFFFFF).toString());
let h: u32 = 2166136261;
const text = "tsduino";
for (let i: i32 = 0; i < text.length; i++) {
  h = h ^ u32(text.charCodeAt(i));
  h = h * 16777619;
}
console.log("fnv1a " + h.toString());
