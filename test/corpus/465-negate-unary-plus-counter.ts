// Negating an int32-inferred counter gives -0 at zero also through unary pluses and int32 operators:
// `-(+i)`, `-(i | 0)`, `-(i >> 1)`, `-(c ? -1 : i)` (found by fuzzing: g6001626 printed `-(+(i24))` as 0,
// g6004262 `-((false ? -1 : i30))`).
for (let i = 0; i <= 6; i += 2) {
  console.log(-(+(i)), -(+i), -i, +(-i), -(i | 0), -(i >> 1), -(i & 1), -(i % 2), -(i * 2), -(i - i));
}
const xs = [0, 1, 2];
let k = 0;
for (const x of xs) {
  k = x | 0;
  console.log(-(+k), -(x >>> 0), -(~~x), 1 / -(k ^ k));
}
// A conditional of counters (g6004262): `-((c ? -1 : i))` at i = 0 is -0 too.
for (let i = 0; i < 3; i++) {
  console.log(-((i > 5 ? -1 : i)), -(i < 1 ? i : 0), -Math.min(i, 0));
}
