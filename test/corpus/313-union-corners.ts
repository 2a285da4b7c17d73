// Union corners met while writing firmware helpers: unions of generic instantiations, Map values that are
// a class or null, a union parameter with a default, closures over union variables (narrowed const,
// reassigned let), nested arrays of unions, a union-typed property of an anonymous object.
class Box<T> { constructor(public item: T) {} }
type AnyBox = Box<number> | Box<string>;
const boxes: AnyBox[] = [new Box(1), new Box("s")];
for (const b of boxes) console.log(typeof b.item, b.item);
const slots = new Map<string, Box<number> | null>();
slots.set("a", new Box(5)); slots.set("b", null);
for (const [k, v] of slots) console.log(k, v === null ? "empty" : v.item);
function greet(who: string | number = "world"): string { return `hi ${who}`; }
console.log(greet(), greet(7), greet("x"));
const c: number | string = boxes.length > 1 ? "const" : 1;
const later = (): string => (typeof c === "string" ? c.toUpperCase() : c.toFixed(2));
console.log(later());
let tracked: number | string = 1;
const read = (): number | string => tracked;
tracked = "changed";
console.log(read(), typeof read());
const nested: (number | string)[][] = [[1, "a"], ["b"]];
console.log(nested.map((row) => row.join("+")).join(" / "), nested[0][1]);
function firstString(xs: (number | string)[]): string | undefined {
  for (const x of xs) if (typeof x === "string") return x;
  return undefined;
}
console.log(firstString([1, 2, "three"]), firstString([1]));
const obj = { id: 3, tag: "t" as string | number };
obj.tag = 9;
console.log(obj.id, obj.tag, typeof obj.tag);
