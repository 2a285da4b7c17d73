// NaN and Infinity: printing, arithmetic and every comparison operator with NaN.
const nan = 0 / 0;
const inf = 1 / 0;
console.log(nan, inf, -inf);
console.log(nan === nan, nan !== nan, nan < 1, nan > 1, nan <= nan, nan >= 0);
console.log(inf > 1e308, -inf < -1e308, inf === inf, inf - inf, inf * 0);
console.log(isNaN(nan), isNaN(1), Number.isNaN(nan), isFinite(inf), isFinite(1));
console.log(nan + 1, "x" + nan, `${inf}`, String(-inf));
console.log(Math.max(1, nan), Math.min(nan, 1), Math.max(), Math.min());
console.log(nan ? "truthy" : "falsy", 0 ? "truthy" : "falsy", inf ? "truthy" : "falsy");
let count = 0;
for (const v of [1, nan, 3, nan]) if (v !== v) count++;
console.log("nan count", count);
console.log([nan, 1].indexOf(nan), [nan, 1].includes(nan));
