// An interface method given by an object literal's arrow (`{ handle: (p) => … }`) runs a function value: an error
// it raises (a thrown one, or a member read through an undefined handle) is caught by the try around the call,
// and the call is tested (no wrong value printed before the catch). Also arrays, Maps and class fields of handlers.
interface P { x: number }
interface H { handle(p: P): number }
const ps: P[] = [];
const hs: H[] = [
  { handle: (p) => { if (p.x > 1) throw new Error("big " + p.x); return p.x; } },
  { handle: (p) => p.x + 1 },
];
for (const h of hs) {
  try { console.log(h.handle({ x: 1 })); console.log(h.handle({ x: 5 })); } catch (e) { console.log("caught", (e as Error).message); }
  try { console.log(h.handle(ps[0])); } catch (e) { console.log("caught", (e as Error).message); }
}
function make(k: number): (p: P) => number { return (p) => p.x * k; }
const made = [make(2), make(3)];
try { console.log(made[1]({ x: 2 }), made[0](ps[1])); } catch (e) { console.log("caught", (e as Error).message); }
const steps: ((p: P | undefined) => number)[] = [(p) => p!.x, (p) => p!.x * 2];
try { for (const s of steps) console.log(s(undefined)); } catch (e) { console.log("caught", (e as Error).message); }
const byName = new Map<string, (p: P) => number>();
byName.set("a", (p) => p.x - 1);
try { console.log(byName.get("a")!({ x: 4 })); console.log(byName.get("a")!(ps[2])); } catch (e) { console.log("caught", (e as Error).message); }
class Button { onPress: (p: P) => number = (p) => p.x * 10; }
const b = new Button();
try { [0, 1].forEach((i) => console.log(b.onPress(i === 0 ? { x: 7 } : ps[i]))); } catch (e) { console.log("caught", (e as Error).message); }
console.log("end");
