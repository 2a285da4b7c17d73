// Compound assignment to an element of a fixed-width integer array computes in the element's type: on an
// i64[] or u64[] element `|=`, `<<=`, `>>=`, `^=`, `&=` went through JavaScript's ToInt32, whose overloads
// g++ found ambiguous for a 64-bit integer (the sketch did not compile); `/=` and `%=` divided as doubles.
// The values here stay where Node's numbers give the same results.
const wide: i64[] = [5, 6, -7, 40, 1000000];
wide[0] |= 4;
wide[1] <<= 3;
wide[2] %= 4;
wide[3] /= 8;
wide[4] >>= 2;
console.log(wide.join(" "));
wide[0] ^= 3;
wide[1] &= 40;
wide[4] -= 250000;
wide[4] *= 3;
console.log(wide[0].toString(), wide[1].toString(), wide[4].toString());
const big: u64[] = [12, 1 << 20];
big[0] >>>= 2;
big[1] += big[0];
big[0] **= 2;
console.log(big[0].toString(), big[1].toString());
const ints: i32[] = [81, -81, 9];
ints[0] /= 9;
ints[1] %= 10;
ints[2] >>>= 1;
console.log(ints.join(","));
const bytes: u8[] = [10, 20];
bytes[0] <<= 2;
bytes[1] >>= 1;
bytes[0]++;
console.log(bytes.join(","), (bytes[0] + bytes[1]).toString());
let i = 0;
const row: i16[] = [100, 200, 300];
row[i++] += 5;
row[i] *= 2;
console.log(row.join(" "), i);
