// Division, remainder and shifts of fixed-width integers other than i32 with a literal operand failed in g++
// (found probing the lx106 target): `c / 7` of a u64 called ts::idiv(uint64_t, int), whose one template type
// could not be deduced from both (also u32, i16, u8 and `%`, and `z /= 2`), and `h >> 1` of an i64/u64 was
// ambiguous between the int32/uint32/double overloads of ts::shr/ts::shl. Here every division is exact and
// no shift leaves the type, so Node's doubles print the same values.
const big: u64 = 70000000000;
const neg: i64 = -90000000000;
const word: u32 = 4000000000;
const half: i16 = -3000;
const byte: u8 = 200;
console.log((big / 7).toString(), (big % 7).toString(), (neg / 3).toString(), (neg % 7).toString());
console.log((word / 8).toString(), (word % 3).toString(), (half / 5).toString(), (half % 7).toString());
console.log((byte / 4).toString(), (byte % 6).toString(), (200 / byte).toString());
const small: u64 = 1000000;
const low: i64 = -1000000;
console.log((small >> 4).toString(), (small << 3).toString(), (low >> 2).toString(), (low << 1).toString());
let acc: u64 = 1;
for (let i: i32 = 0; i < 30; i++) acc = acc << 1;
console.log(acc.toString(), (acc >> 20).toString(), (acc >> 1 >> 1).toString());
let z: i64 = 6000000000;
z /= 2;
z %= 100000007;
z <<= 2;
z >>= 3;
console.log(z.toString(), `${big / 10} ${neg % 1000}`);
let shift: u32 = 3;
console.log((small >> shift).toString(), (low << shift).toString());
