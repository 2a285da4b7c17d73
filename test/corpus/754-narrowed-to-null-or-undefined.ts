// A value narrowed to `null | undefined` (the else branch of a typeof test or of a guard) prints as null or
// undefined, compares and converts as JavaScript does; it was read as the number member (0).
function show(v: number | null | undefined): string {
  if (typeof v === "number") return "n " + v;
  console.log("nil", v, v === null, v === undefined, String(v), `${v}`, v ?? "dflt");
  return "nil " + v;
}
for (const v of [1, null, undefined]) console.log(show(v));
type Value = string | boolean | null | undefined;
function isBool(v: Value): v is boolean { return typeof v === "boolean"; }
const vs: Value[] = ["s", false, null, undefined];
for (const v of vs) {
  if (typeof v === "string") console.log("str", v.length);
  else if (isBool(v)) console.log("bool", v);
  else console.log("none", v, [v].length, v === undefined);
}
class Slot { value: number | string | null | undefined = undefined; }
const slots = [new Slot(), new Slot(), new Slot()];
slots[0].value = 5;
slots[1].value = null;
for (const s of slots) {
  const v = s.value;
  if (typeof v !== "number" && typeof v !== "string") console.log("empty", v);
  if (typeof s.value === "number" || typeof s.value === "string") console.log("full", s.value);
  else console.log("empty field", s.value);
}
interface Reading { at: number; value: number | null | undefined }
const readings: Reading[] = [{ at: 1, value: 20 }, { at: 2, value: null }, { at: 3, value: undefined }];
for (const r of readings) {
  if (typeof r.value === "number") console.log(r.at, r.value + 0.5);
  else console.log(r.at, "no value:", r.value, r.value === null ? "null" : "undefined", r.value ?? -1);
}
