// i64/u64 values past 2^53 print every digit, as AssemblyScript prints them: toString() and template
// literals went through a double (9007199254740993 printed 9007199254740992, u64 max 18446744073709552000),
// toString(radix) too (u64 max in hex was 10000000000000000), and a literal past 2^53 lost its last digits
// before any arithmetic (its initialiser, an operand, a comparison with it).
const big: i64 = 9007199254740993;
console.log(big.toString() + " " + `${big}` + " " + big.toString(16) + " " + (big + 2).toString());
let top: u64 = 0;
top = top - 1;
console.log(top.toString() + " " + top.toString(16) + " " + top.toString(2));
console.log(`max ${top} and ${top - 5}`);
let low: i64 = -9223372036854775807;
low = low - 1;
console.log(low.toString() + " " + low.toString(16) + " " + low.toString(36) + " " + (low + 1).toString());
let p: i64 = 3037000499;
console.log((p * p).toString() + " " + (p * p * 2).toString());
const q: i64 = 4294967297;
const r: i64 = q * 4294967291;
console.log(r.toString() + " " + r.toString(7) + " " + (-r).toString(16));
let acc: u64 = 1;
for (let i: i32 = 0; i < 70; i++) acc = acc * 3;
console.log(acc.toString() + " " + acc.toString(36) + " " + "s=" + acc.toString());
const um: u64 = 18446744073709551615;
const hex: u64 = 0xFFFFFFFFFFFFFFFF;
const imin: i64 = -9223372036854775808;
const imax: i64 = 9223372036854775807;
console.log(um.toString() + " " + hex.toString() + " " + imin.toString() + " " + imax.toString());
console.log(big == 9007199254740992 ? "== rounded" : "!= rounded");
console.log(big > 9007199254740992 ? "> rounded" : "<= rounded");
console.log(um == 18446744073709551615 ? "um is max" : "um is not max");
console.log(um > 18446744073709551614 ? "um > max - 1" : "um <= max - 1");
console.log(imin < -9223372036854775807 ? "imin < -max" : "imin >= -max");
console.log(imax + 1 < imax ? "imax + 1 wraps" : "imax + 1 grows");
const sep: i64 = 9_007_199_254_740_995;
console.log(sep.toString() + " " + (sep * 1000).toString() + " " + (sep - 9007199254740990).toString());
console.log((~um).toString() + " " + (~big).toString() + " " + (um >> 1).toString() + " " + (imin >> 63).toString());
const small: i64 = -255;
console.log(small.toString(16) + " " + small.toString(2) + " " + small.toString());
