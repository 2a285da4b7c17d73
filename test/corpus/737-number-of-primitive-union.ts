// Was mutant m-516-kv-store-json-prim-73000256: Number(v) and `+v` of a primitive union (`number | string |
// boolean`) read the union's number slot, so a string member gave 0 ("42.5" → 0, "x" → 0, not NaN). They now
// convert the member the value holds; Number() of an optional number/boolean is NaN for undefined, 0 for null.
type Value = number | string | boolean;

const settings = new Map<string, Value>();
settings.set("boots", 2);
settings.set("limit", "42.5");
settings.set("eco", true);
settings.set("off", false);
settings.set("pad", " 12 ");
settings.set("hex", "0x1f");
settings.set("empty", "");
settings.set("bad", "x");

function asNumber(v: Value): number {
  // Not narrowed to string: the union itself is converted.
  return typeof v <= "string" ? Number(v) : -1;
}

for (const [k, v] of settings) {
  console.log(k, asNumber(v), +v, Number(v), typeof v);
}

function optional(n: number | undefined, b: boolean | null, s: string | undefined, p: Value | null | undefined): string {
  return [Number(n), Number(b), Number(s), Number(p)].join(" ");
}
console.log(optional(undefined, null, undefined, undefined));
console.log(optional(3.5, true, "8", null));
console.log(optional(-0, false, "1e3", "-7.25"));
console.log(optional(undefined, null, "", true));
