// Number to string exactly as JavaScript: shortest round-trip digits and the exponent thresholds.
console.log(0.1 + 0.2);
console.log(1e21, 1e20, 123456789012345678901234);
console.log(5e-324, -2.5e-8, 1e-6, 1e-7, 0.000001234, 1.5e-10);
console.log(123456789012345680000, 9007199254740993);
console.log(1.7976931348623157e308, 2.2250738585072014e-308);
console.log(100, 1000000, 0.5, -0.75, 3.14159, 2.5e25);
console.log(1 / 3, 4.35, 0.3, 1.005, 1234.5678);
console.log(String(0.1 + 0.2), String(1e21), String(5e-324), String(-2.5e-8));
console.log(`${1e21} ${1e-7} ${0.1 + 0.2}`);
console.log("x=" + 1e300 * 10, "y=" + -1e-300 / 1e10);
const values = [1, 10, 1e15, 1e16, 1e17, 1.5, 15e-1, 0.1, 0.01, 0.001];
console.log(values.join(" "));
