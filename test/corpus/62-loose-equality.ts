// == null and != null match both null and undefined (the common idiom); === distinguishes them.
function describe(v: string | null | undefined): string {
  if (v == null) return "nullish(" + (v === null ? "null" : "undefined") + ")";
  return "value " + v;
}
console.log(describe(null), describe(undefined), describe(""), describe("x"));
const a: number | undefined = undefined;
const b: number | null = null;
console.log(a == null, b == null, a === null, b === undefined, a != null);
