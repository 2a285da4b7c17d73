// Negating an int32-inferred counter gives -0 at zero also through unary pluses and int32 operators:
// `-(+i)`, `-(i | 0)`, `-(i >> 1)` (found by fuzzing: g6001626 printed `-(+(i24))` as 0).
for (let i = 0; i <= 6; i += 2) {
  console.log(-(+(i)), -(+i), -i, +(-i), -(i | 0), -(i >> 1), -(i & 1), -(i % 2), -(i * 2), -(i - i));
}
const xs = [0, 1, 2];
let k = 0;
for (const x of xs) {
  k = x | 0;
  console.log(-(+k), -(x >>> 0), -(~~x), 1 / -(k ^ k));
}
