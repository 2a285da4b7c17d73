// A match result held by a parameter (or a field) that a caller gave `s.match(re)!` on no match: Node's
// "TypeError: Cannot read properties of null (reading 'groups')" (or '1', 'index', 'length') is catchable by a
// try around the call, and uncaught it names the member too (tsduino raised "Cannot read properties of null or
// undefined" past the try). `m.index!` was a g++ failure (the runtime's field is a plain double).
const re = /(?<q>\d+)-(\w)/;
function show(m: RegExpExecArray | null): string { return m!.groups!.q + ":" + m![1]; }
function useGroups(m: RegExpMatchArray): string { return m.groups!.q; }
function useIndex(m: RegExpMatchArray): string { return m[2].toUpperCase(); }
function at(m: RegExpMatchArray): number { return m.index!; }
function len(m: RegExpMatchArray): number { return m.length; }
function both(m: RegExpExecArray): string {
  try { return m[2] + m.groups!.q; } catch (e) { return "inner " + (e as Error).message; }
}
function deep(s: string): string { return useIndex(s.match(re)!) + useGroups(s.match(re)!); }
function run(s: string): void {
  const m = s.match(re);
  console.log(show(re.exec(s)));
  console.log(useGroups(m!), at(m!), len(m!));
  console.log(useIndex(m!));
}
for (const s of ["12-a", "zz"]) {
  try { run(s); } catch (e) { console.log("caught", (e as Error).message); }
}
try { console.log(useGroups("x".match(re)!)); } catch (e) { console.log("groups", (e as Error).message); }
try { console.log(useIndex("x".match(re)!)); } catch (e) { console.log("index", (e as Error).message); }
try { console.log(at("x".match(re)!)); } catch (e) { console.log("at", (e as Error).message); }
try { console.log(len("x".match(re)!)); } catch (e) { console.log("len", (e as Error).message); }
console.log(both(re.exec("x")!), both(re.exec("5-b")!));
try { console.log(deep("7-c")); console.log(deep("none")); } catch (e) { console.log("deep", (e as Error).message); }
const box = { m: "x".match(re)! };
function viaField(): string { return box.m[1]; }
try { console.log(viaField()); } catch (e) { console.log("field", (e as Error).message); }
const found = "ab3-z".match(re);
if (found) console.log(found.index!, found.index! + 1, found.index);
console.log(useGroups("x".match(re)!));
