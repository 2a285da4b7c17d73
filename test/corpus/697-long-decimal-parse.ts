// Decimals with more than 17 significant digits read wrong on the lx106 (found by a probe of toFixed round
// trips on lx106): picolibc's strtod keeps 19 digits and does not round correctly past 17, so
// Number("13655480.504297656938433647") gave 13655480.504297655 (V8: ...657) and
// Number("9007199254740993.0000000001") gave 9007199254740992 (V8: ...994). Number, parseFloat, parseInt's
// long decimals and JSON.parse now check such a decimal against the halfway points with exact integers.
console.log(Number("13655480.504297656938433647"), parseFloat("-13655480.5042976569xyz"));
console.log(Number("9007199254740993.0000000001"), Number("9007199254740993"), Number("-9007199254740995.0"));
console.log(Number("9007199254740993.000000000000000000000000000000000000000000000000000000000000000000001"));
console.log(Number("0.1000000000000000055511151231257827"), Number("0.30000000000000001665"));
console.log(Number("1.7976931348623158079e308"), Number("1.7976931348623159e308"), Number("4.9406564584124654e-324"));
console.log(Number("0.0000000000000000000000000000123456789012345678901234567890"), Number("123456789012345678901234567890e-50"));
console.log(parseInt("123456789012345678901234567890"), parseInt("900719925474099300000000001"));
const parsed = JSON.parse("[13655480.504297656938433647, 9007199254740993.0000000001, 2.00000000000000011102230246251565404236316680908203125]") as number[];
console.log(parsed.join(" "));
let seed = 99;
let digits = 0;
for (let i = 0; i < 60; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) | 0;
  const x = ((seed >>> 4) / 268435456) * Math.pow(10, (i % 30) - 12);
  const text = x.toFixed(20 + (i % 5));
  digits += text.length;
  console.log(text, Number(text), parseFloat(text + "1"));
}
console.log(digits);
