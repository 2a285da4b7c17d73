// null and undefined in T | null, T | undefined and optional types; ?? versus ||; narrowing checks.
function find(xs: string[], prefix: string): string | undefined {
  for (const x of xs) if (x.startsWith(prefix)) return x;
  return undefined;
}
const xs = ["alpha", "beta"];
console.log(find(xs, "b") ?? "none", find(xs, "z") ?? "none");
const zero: number | null = 0;
const empty: string | null = "";
console.log(zero ?? 5, zero || 5, empty ?? "dflt", empty || "dflt");
let n: number | null = null;
console.log(n === null, n ?? "was null");
n = 3;
console.log(n === null, n ?? -1, n + 1);
let u: boolean | undefined;
console.log(u === undefined, String(u), u ?? false);
u = false;
console.log(u ?? true);
function len(s?: string | null): number {
  if (s === null) return -2;
  if (s === undefined) return -1;
  return s.length;
}
console.log(len(), len(null), len("abc"), len(undefined));
let x: string | undefined = undefined;
x ??= "set once";
x ??= "not again";
console.log(x);
let count = 0;
count ||= 10;
count &&= count + 1;
console.log(count);
