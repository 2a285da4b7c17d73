// Three findings of turn 9's final mutant run: a nested destructuring pattern whose source member is undefined
// at run time (a record built from an element past the end) raises a catchable TypeError naming the first
// property; `c?.value` on a class field stored as an integral number; an element callee indexed by an optional
// chain is "(intermediate value)" in V8's message.
interface Gauge { readonly name: string; readonly level: number }
interface Pair { primary: Gauge; backup: Gauge }
const gauges: Gauge[] = [{ name: "north", level: 22.5 }, { name: "south", level: 6 }];
const pairs: Pair[] = [{ primary: gauges[0], backup: gauges[1] }, { primary: gauges[7], backup: gauges[1] }];
for (const p of pairs) {
  try {
    const { primary: { level: main }, backup: { name: spare } } = p;
    console.log(`main ${main} spare ${spare}`);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
class Cell {
  value = 1;
}
const c = new Cell();
for (let k = 0; k < 5; k++) c.value = c.value * -13;
console.log("cell", c.value, c?.value % 7, c.value * 0);
const steps: (() => number)[] = [() => 1, () => 2];
try {
  console.log(steps[steps?.length]());
} catch (e) {
  console.log(String(e));
}
