// mix finding (issue 11 corpus, session 4): for (const [name, raw] of inputs) with inputs: [string, number|string|boolean|null][]: g++ error 'cannot convert ts::Prim to double in assignment' (a tuple element of a union type)
// Found as test/corpus/409-mixed-readings-typeof.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 409-mixed-readings-typeof.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   g++ could not compile the generated sketch (this is a tsduino bug; please report it):
//   409-mixed-readings-typeof.ts: In function ‘void setup()’:
//   409-mixed-readings-typeof.ts:16:82: error: cannot convert ‘ts::Prim’ to ‘double’ in assignment
//   409-mixed-readings-typeof.ts:16:191: error: no match for ‘operator=’ (operand types are ‘ts::String’ and ‘ts::Prim’)
//   In file included from /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/tsduino.h:12,
//                    from /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/409-mixed-readings-typeof.ino:2:
//   /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/ts_string.h:61:11: note: candidate: ‘ts::String& ts::String::operator=(const ts::String&)’
//      61 |   String& operator=(const String& o) {
//         |           ^~~~~~~~
//   /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/ts_string.h:61:35: note:   no known conversion for argument 1 from ‘ts::Prim’ to ‘const ts::String&’
//      61 |   String& operator=(const String& o) {
//         |                     ~~~~~~~~~~~~~~^
//   /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/ts_string.h:67:11: note: candidate: ‘ts::String& ts::String::operator=(ts::String&&)’
//      67 |   String& operator=(String&& o) noexcept {
//         |           ^~~~~~~~
//   /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/ts_string.h:67:30: note:   no known conversion for argument 1 from ‘ts::Prim’ to ‘ts::String&&’
//      67 |   String& operator=(String&& o) noexcept {
//         |                     ~~~~~~~~~^
//   409-mixed-readings-typeof.ts:16:273: error: cannot convert ‘ts::Prim’ to ‘bool’ in assignment
//   409-mixed-readings-typeof.ts:16:391: error: no match for ‘operator=’ (operand types are ‘ts::String’ and ‘ts::Prim’)
//   /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/ts_string.h:61:11: note: candidate: ‘ts::String& ts::String::operator=(const ts::String&)’
//      61 |   String& operator=(const String& o) {
//         |           ^~~~~~~~
//   /tmp/tsd-host-Uzv5mL/409-mixed-readings-typeof/src/tsduino/ts_string.
// signature: mix-tuple-prim-gpp

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
