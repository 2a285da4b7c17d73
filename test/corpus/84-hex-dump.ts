// Formatting bytes as hexadecimal with a lookup string, padStart and a Uint8Array checksum (CRC-8).
const HEX = "0123456789abcdef";
function hex(b: number): string {
  return HEX.charAt(b >> 4) + HEX.charAt(b & 15);
}
function crc8(data: Uint8Array): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}
const text = "Hello, ESP8266!";
const bytes = new Uint8Array(text.length);
for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
for (let off = 0; off < bytes.length; off += 8) {
  let line = String(off).padStart(4, "0") + ":";
  for (let i = off; i < Math.min(off + 8, bytes.length); i++) line += " " + hex(bytes[i]);
  console.log(line);
}
console.log("crc8", crc8(bytes), hex(crc8(bytes)));
