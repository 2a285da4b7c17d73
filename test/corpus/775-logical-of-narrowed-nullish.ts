// `&&`, `||` and `??` whose left operand is narrowed to `null | undefined` (the else branch of a typeof test): &&
// gives the operand's own null or undefined, || and ?? the right; the operand keeps its declared C++ type.
function show(v: number | null | undefined, s: string | null | undefined): string {
  if (typeof v === "number") return "n " + v;
  console.log("and", v && "dflt", v && 1, s && v, v && s);
  console.log("or", v || "dflt", v || 2, s || v, (s || v) ?? "both nullish");
  const w = v && "x";
  console.log(w, w === null, w === undefined, [w], String(w));
  if (typeof s !== "string") console.log("s", s && "t", s || "u", `${s && 0}`);
  return "nil " + (v && "never");
}
for (const [v, s] of [[1, "a"], [null, null], [undefined, undefined], [null, undefined], [undefined, "b"]] as [number | null | undefined, string | null | undefined][]) console.log(show(v, s));
class Holder { v: number | null | undefined = null; }
const h = new Holder();
if (typeof h.v !== "number") console.log("field", h.v && "a", h.v || "b");
let k: boolean | null = null;
k = null;
console.log("null alone", k && "c", k || "d");
function g(v: number | null | undefined, c: boolean): null | undefined {
  if (typeof v === "number") return undefined;
  const t = c ? v : v;
  const u = c ? v : null;
  console.log(t, u, !v, typeof v, v == null, v === null, `${v}`, [v].map((x) => x), JSON.stringify({ a: v ?? 0 }));
  let acc: null | undefined = undefined;
  acc ??= v;
  console.log(acc, v ?? v, (v ?? 5) + 1);
  return v;
}
console.log(g(null, true), g(undefined, false), g(null, false));
