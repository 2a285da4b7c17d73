const vals = [123.456, 0, -0, 1.005, 2.5, 1e21, 1.2345e-7, 5e-324, 1.7976931348623157e308, -987654.321, 0.000001, 999.9999];
for (const v of vals) {
  console.log(v.toPrecision(4), v.toPrecision(1), v.toPrecision(21), v.toExponential(), v.toExponential(2), v.toExponential(0), v.toExponential(20));
}
console.log((25).toPrecision(1), (35).toPrecision(1), (0.5).toExponential(0), (1.45).toExponential(1), NaN.toPrecision(3), (-Infinity).toExponential(2));
const e = "a😀b";
console.log(e.codePointAt(1), e.codePointAt(2), e.codePointAt(0), String(e.codePointAt(9)), "\ud800x".codePointAt(0));
