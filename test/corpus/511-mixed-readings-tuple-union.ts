// Was finding mix-tuple-prim-gpp (session 5 fix: a tuple literal built as its declared tuple type (an element of a primitive union)).
// Readings arrive as numbers, numeric strings or flags (number | string | boolean): normalised with typeof
// narrowing, bad ones collected as errors, the results printed with console.log and as JSON.
type Raw = number | string | boolean | null;

interface Normalised { name: string; value: number; source: "number" | "string" | "flag" }

function normalise(name: string, raw: Raw): Normalised {
  if (raw === null) throw new Error(`${name}: missing`);
  if (typeof raw === "number") return { name, value: raw, source: "number" };
  if (typeof raw === "boolean") return { name, value: raw ? 1 : 0, source: "flag" };
  const value = parseFloat(raw.replace(",", "."));
  if (Number.isNaN(value)) throw new Error(`${name}: not numeric '${raw}'`);
  return { name, value, source: "string" };
}

const inputs: [string, Raw][] = [
  ["temp", 21.5],
  ["hum", "40,5"],
  ["door", true],
  ["pressure", "1013 hPa"],
  ["lux", null],
  ["window", false],
  ["co2", "n/a"],
  ["volt", 3.3],
];

const ok: Normalised[] = [];
const errors: string[] = [];
for (const [name, raw] of inputs) {
  try {
    ok.push(normalise(name, raw));
  } catch (e) {
    if (e instanceof Error) errors.push(e.message);
  }
  console.log(name, typeof raw, raw);
}
console.log(ok);
console.log(errors);
console.log(JSON.stringify(ok.filter(({ source }) => source !== "number")));
const bySource = ok.reduce((acc, { source, value }) => {
  acc.set(source, (acc.get(source) ?? 0) + value);
  return acc;
}, new Map<string, number>());
console.log(bySource);
