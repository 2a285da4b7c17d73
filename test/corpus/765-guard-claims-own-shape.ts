// A type guard whose claim is a shape the guarded type already has (`this is { v: number }` in a class whose
// `v` is a number, `x is HasV & { v: number }`): TypeScript's true branch keeps the class or interface itself,
// and its false branch narrows to never, so whatever the body returns nothing is read in another
// representation. tsduino rejected it (TSD2304: "it returns true for a 'K', which is not '{ v: number; }'").
class K {
  v: number = 2;
  w = "k";
  isV(): this is { v: number } { return this.v > 0; }
  isBig(): this is { v: number } { return this.v > 5; }
}
class K2 extends K { z = 1; }
interface HasV { v: number; name: string }
function hasV(x: HasV): x is HasV & { v: number } { return x.v !== 0; }

const ks: K[] = [new K(), new K2()];
for (const k of ks) {
  if (k.isV()) console.log(k.v + 1, k.w, k);
  else console.log("no", k);
  if (k.isBig()) console.log("big", k.v);
  else console.log("small", k);
}
const h: HasV = { v: 3, name: "h" };
if (hasV(h)) console.log(h.v, h.name);
function f(x: K): string {
  if (x.isBig()) return "v" + x.v;
  return "never " + JSON.stringify(x);
}
console.log(f(new K2()));
console.log([new K(), new K2()].filter((q) => q.isV()).length);
