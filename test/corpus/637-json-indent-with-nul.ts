// JSON.stringify with a string indent holding a NUL unit: V8 keeps the gap (its first 10 units) as a C string,
// so the indent ends at the NUL ("a\0b" indents by "a"), and a gap that starts with NUL breaks lines but indents
// by nothing. Found by fuzzing: a mutant of corpus 691 ("" → "a\u0000b") indented by all three units.
const settings = { name: "probe", every: [1, 5], nested: { on: true } };
console.log(JSON.stringify(settings, null, "a\u0000b"));
console.log(JSON.stringify(settings, null, "\u0000xy"));
console.log(JSON.stringify([[1], [2]], null, "0123456789\u0000"));
console.log(JSON.stringify([[1], [2]], null, "é\u0000"));
const gaps = ["--", "\u0000", "", "x\u0000"];
for (const g of gaps) console.log(JSON.stringify({ k: [g.length] }, null, g));
