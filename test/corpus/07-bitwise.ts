// Bitwise operators with ToInt32/ToUint32 wrapping, shifts by more than 31 and on negative numbers.
const a = 0b1011;
const b = 0x0f0;
console.log(a & b, a | b, a ^ b, ~a, ~~3.7, ~~-3.7);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >> 1, -1 >>> 0, -1 >>> 28, -16 >> 2);
console.log(2 ** 32 + 5 | 0, 2 ** 31 | 0, 4294967295 | 0, 4294967295 >>> 0);
console.log(3.9 | 0, -3.9 | 0, NaN | 0, (1 / 0) | 0, 1e20 | 0);
console.log(0xdeadbeef >>> 0, 0xdeadbeef | 0, 0xdeadbeef >> 16, 0xdeadbeef >>> 16);
let h = 0;
for (const c of "checksum") h = ((h << 5) - h + c.charCodeAt(0)) | 0;
console.log("hash", h, h >>> 0);
let bits = 0;
for (let n = 0xf0f0; n !== 0; n = n >>> 1) bits += n & 1;
console.log("bits", bits);
