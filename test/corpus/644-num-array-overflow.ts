// Element arithmetic past int32 and past 2^53, division, % of negatives and bitwise operators on elements.
const v: number[] = [];
v.push(46341);
v.push(-46341);
v.push(-7);
v.push(3);
v.push(2147483647);
v.push(-2147483648);
const sq = v[0] * v[0];
const nsq = v[0] * v[1];
console.log("squares", sq, nsq, sq > 2147483647, nsq < -2147483648);
const q = v[2] / v[3];
const r = v[2] % v[3];
const r2 = v[3] % v[2];
const rz = v[2] % 7;
console.log("div", q, r, r2, rz, 1 / rz);
const sum = v[4] + v[4];
const diff = v[5] - 1;
const neg = -v[5];
console.log("wrap", sum, diff, neg);
const bits = v[4] | 0;
const bits2 = v[5] >>> 0;
const bits3 = v[2] >> 1;
const bits4 = v[2] >>> 28;
console.log("bits", bits, bits2, bits3, bits4, v[1] & 255, v[0] ^ v[2], v[3] << 30);
let acc = 1;
for (let i = 0; i < 6; i++) acc = acc * v[4];
console.log("acc", acc, acc % 97);
let s = 0;
for (let k = 0; k < 40; k++) {
  s = s * 3 + v[3];
}
console.log("s", s, s % 1000, s > 9007199254740992);
const zero = v[2] * 0;
console.log("times zero", zero, 1 / zero);
