// A conditional whose branches are int32 counters is a JS number: dividing two of them is a double division
// (0 / 0 is NaN, 1 / 2 is 0.5), negating one keeps -0 (found by fuzzing: g6005043 printed 1 for
// `(c ? i : i) / (d ? i : i)` at i = 0).
function some(k: number): number | undefined {
  return k > 1 ? k : undefined;
}
for (let i = 0; i < 3; i++) {
  for (let j = 1; j < 3; j++) {
    console.log((i > 5 ? j : i) / (some(i) ? i : j), (false ? i : i) / (some(i) ? i : i), -(j > 9 ? j : i), (i < j ? i : j) % 2);
  }
}
