// JSON.stringify's indent as a number: V8 makes a gap of trunc(indent) spaces whenever indent > 0, so an
// indent in (0, 1) breaks lines and indents by nothing, while 0, a negative indent, NaN and "" give one line.
// Found by fuzzing: a mutant of corpus 437 (3 → 0.5) printed one line where Node breaks lines.
interface Network {
  ssid: string;
  bars: number[];
  note?: string;
}
const nets: Network[] = [
  { ssid: "café ☃", bars: [3, 4] },
  { ssid: "lab", bars: [], note: "#1" },
];
function report(scale: number): number {
  return scale / 4;
}
for (const indent of [0.5, 0.999, 0, -1, NaN, 1.5, 12, report(2), report(-1)]) {
  console.log(`indent ${indent}:`);
  console.log(JSON.stringify(nets, null, indent));
}
const settings = { name: "probe", every: [1, 5], nested: { on: true } };
console.log(JSON.stringify(settings, null, 0.25));
console.log(JSON.stringify(settings, null, ""));
console.log(JSON.stringify([], null, 0.5), JSON.stringify({}, null, 0.5), JSON.stringify([[]], null, 0.5));
