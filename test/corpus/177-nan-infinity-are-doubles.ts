// NaN and Infinity are doubles: C's NAN/INFINITY macros are floats, so `c ? 2147483647 : -Infinity` became a
// float (2147483648) before ToInt32 (generator seed 51067 printed -2147483648 for 2147483647 ^ 0).
const yes = true;
console.log((true ? 2147483647 : -Infinity) ^ -(0.2));
console.log((yes ? 16777217 : NaN) + 0, (yes ? 2147483647 : Infinity) | 0, yes ? 9007199254740991 : Number.NaN);
console.log((!yes ? NaN : 16777217) - 1, (yes ? 123456789 : Number.POSITIVE_INFINITY) % 1000);
console.log(Number.NEGATIVE_INFINITY, -Infinity, Infinity, NaN, 0 / 0);
