// Type guards built from other guards: `||` and `&&` of guards, a negated guard, const arrow guards, a static
// guard, `this is` methods that call another (on an abstract base), inline guards in filter; then the true and
// the else branch of each read the narrowed members.
interface Cat { kind: "cat"; meow: string }
interface Dog { kind: "dog"; bark: string }
interface Fish { kind: "fish"; fins: number }
type Pet = Cat | Dog | Fish;
function isCat(p: Pet): p is Cat { return p.kind === "cat"; }
function isDog(p: Pet): p is Dog { return p.kind === "dog"; }
function isMammal(p: Pet): p is Cat | Dog { return isCat(p) || isDog(p); }
function isFish(p: Pet): p is Fish { return !isMammal(p); }
function hasMeow(p: Pet): boolean { return "meow" in p; }
function isCatForSure(p: Pet): p is Cat { return isCat(p) && hasMeow(p); }
function mammalIsCat(p: Cat | Dog): p is Cat { return isCat(p); }
const isDry = (p: Pet): p is Cat | Dog => !isFish(p);
const isBarker = function (p: Pet): p is Dog { return isDog(p); };
class Pets { static isWet(p: Pet): p is Fish { return isFish(p) && true; } }
function assertMammal(p: Pet): asserts p is Cat | Dog { if (Pets.isWet(p)) throw new Error("a fish: " + p.fins); }
function describe(p: Pet): string {
  if (isMammal(p)) {
    console.log("mammal", p.kind);
    return mammalIsCat(p) ? "says " + p.meow : "says " + p.bark;
  } else {
    return "fins " + (p.fins + 1);
  }
}
const pets: Pet[] = [{ kind: "cat", meow: "meow" }, { kind: "dog", bark: "woof" }, { kind: "fish", fins: 3 }];
for (const p of pets) {
  console.log(describe(p));
  if (isCatForSure(p)) console.log("cat", p.meow.length);
  if (!isDry(p)) console.log("wet", p.fins * 2);
  if (isBarker(p)) console.log(p.bark.toUpperCase());
  try {
    assertMammal(p);
    console.log("asserted", p.kind);
  } catch (e) {
    console.log((e as Error).message);
  }
}
console.log(pets.filter(isDry).map((p) => p.kind).join("+"), pets.filter(Pets.isWet).map((f) => f.fins).join());
console.log(pets.filter((p): p is Cat => isCat(p)).map((c) => c.meow).join(), pets.find(isBarker)?.bark);
type Value = string | number | boolean | null | undefined;
function isStr(v: Value): v is string { return typeof v === "string"; }
function isNum(v: Value): v is number { return typeof v === "number"; }
function isNil(v: Value): boolean { return v === null || v === undefined; }
function isText(v: Value): v is string | number { return isStr(v) || isNum(v); }
function isFlag(v: Value): v is boolean { return !isText(v) && !isNil(v); }
const isPresent = (v: Value): v is string | number | boolean => !isNil(v);
const values: Value[] = ["a", 2, true, null, undefined, 0, ""];
for (const v of values) {
  if (isText(v)) console.log("text", v, typeof v);
  else if (isFlag(v)) console.log("flag", !v);
  else console.log("nil", v);
  if (!isPresent(v)) console.log("absent", v === null ? "null" : "undefined");
}
console.log(values.filter(isPresent).length, values.filter((v): v is number => isNum(v)).map((n) => n + 1).join());
abstract class Tree {
  abstract isLeaf(): this is Leaf;
  isBranch(): this is Branch { return !this.isLeaf(); }
}
class Leaf extends Tree { value = 1; isLeaf(): this is Leaf { return true; } }
class Branch extends Tree { kids: Tree[] = []; isLeaf(): this is Leaf { return false; } }
class BigLeaf extends Leaf { override value = 10; }
function sum(t: Tree): number {
  if (t.isBranch()) return t.kids.reduce((a, k) => a + sum(k), 0);
  return t.isLeaf() ? t.value : -1;
}
const root = new Branch();
const inner = new Branch();
inner.kids.push(new BigLeaf(), new Leaf());
root.kids.push(new Leaf(), inner);
console.log(sum(root), root.kids.filter((k): k is Branch => k.isBranch()).length);
