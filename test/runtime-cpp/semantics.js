// The JavaScript twin of semantics.cpp: the same operations, run by Node; test/runtime.test.ts compares the
// two outputs line by line.
class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
}
class Dog extends Animal {
  speak() { return this.name + " barks"; }
}
const log = (...args) => console.log(...args.map((x) => (x instanceof Animal ? new (class extends Object {})() : x)));

let a = [5, 1, 4, 10, 2];
console.log(a, a.length, a[0], a[4]);
a.push(7, 8);
console.log(a.join(), a.join(" | "), a.pop(), a.shift(), a);
a.unshift(100, 200);
console.log(a, a.indexOf(4), a.indexOf(99), a.includes(10), a.lastIndexOf(100));
console.log(a.slice(1, 3), a.slice(-2), a.slice(), a.slice(10));
const removed = a.splice(1, 2, 42, 43, 44);
console.log(removed, a);
console.log(a.concat([1, 2], 3), a.reverse());
const sorted = [10, 9, 1, 100, 25, -1, 0.5];
sorted.sort();
console.log(sorted);
sorted.sort((x, y) => x - y);
console.log(sorted);
const words = ["pear", "Apple", "banana", "apple", "Éclair"];
words.sort();
console.log(words);
const byLength = words.slice();
byLength.sort((x, y) => x.length - y.length);
console.log(byLength);
console.log(a.map((x) => x * 2), a.filter((x, i) => x > 40 || i === 0));
console.log(a.reduce((acc, x) => acc + x, 0), a.reduce((acc, x) => (acc > x ? acc : x)));
console.log(a.some((x) => x > 100), a.every((x) => x > 0), a.find((x) => x > 42), a.findIndex((x) => x === 44), a.findIndex((x) => x === -5));
const missing = a.find((x) => x > 1000);
console.log(missing, [], [NaN].includes(NaN));
const nested = [[1, 2], [3], []];
console.log(nested.length, String(nested), nested.map((x) => x.length));
let total = 0;
const growing = [1, 2, 3];
for (const x of growing) {
  total += x;
  if (x < 3) growing.push(x + 10);
}
console.log(total, growing);
const strs = "a,b,,c".split(",");
console.log(strs, strs.length, ["x", null, undefined].join("-"));
const filled = [0, 0, 0];
filled[1] = 5;
filled[3] = 9;
console.log(filled, filled.fill(1, 1));

const m = new Map();
m.set("one", 1).set("two", 2).set("three", 3);
m.set("one", 11);
console.log(m.size, m.get("one"), m.has("two"), m.has("four"), m.get("four"));
console.log(m.delete("two"), m.delete("two"), m.size);
m.set("two", 22);
for (const [k, v] of m) console.log(k, v);
m.forEach((v, k) => console.log("each", k, v));
console.log([...m.keys()], [...m.values()], m);
const nums = new Map();
nums.set(0, "zero").set(NaN, "nan");
console.log(nums.get(-0), nums.get(NaN), nums.size);
for (let i = 0; i < 1000; i++) nums.set(i, String(i));
for (let i = 0; i < 1000; i += 2) nums.delete(i);
console.log(nums.size, nums.get(999), nums.has(998), nums.get(NaN));
const s = new Set();
s.add("x").add("y").add("x");
console.log(s.size, s.has("x"), s.has("z"), s);
for (const v of s) console.log("set", v);
s.clear();
console.log(s.size, s);

const u = new Uint8Array(4);
u[0] = 256;
u[1] = -1;
u[2] = 3.7;
u[3] = NaN;
console.log(u, u.length, u[1]);
const view = u.subarray(1, 3);
view[0] = 7;
const copy = u.slice(1, 3);
copy[0] = 9;
console.log(u, view, copy, Uint8Array.from([1, 2, 300]), String(view));
let bytes = 0;
for (const b of u) bytes += b;
console.log(bytes);

let counter = 0;
const next = () => ++counter;
const add = (x, y) => x + y;
next();
next();
console.log(counter, next(), add(2, 3));
const makers = [];
for (let i = 0; i < 3; i++) {
  const captured = i * 10;
  makers.push(() => captured);
}
console.log(makers.map((f) => f()));

const pet = new Dog("Rex");
const cat = new Animal("Tom");
console.log(pet.speak(), cat.speak(), pet instanceof Dog, cat instanceof Dog, pet instanceof Animal);
const dog = pet;
console.log(dog.name, dog === pet, pet === cat, "Dog {}", null);

const od = null;
const ov = 3;
const none = undefined;
console.log(od, ov, none, od === null, none === undefined, ov == null, !!"", !!"0", !!0, !!-0, !!NaN);
console.log(od === null, ov === 3, ov === undefined, none === undefined, "ab" === "a" + "b");
console.log("quotes", ["it's", 'say "hi"', "tab\there", "plain"]);
console.log(-0, 1e21, 1e-7, 123e-20, 0.000001, 5e-324, 1.7976931348623157e308, -1.5e-9, 100, 2.5e-7, 1234.5678);
console.log();
console.log(Math.max(1, 5, 3), Math.min(), Math.max(), Math.max(-0, 0), Math.min(0, -0), Math.round(-2.5),
  Math.round(2.5), Math.round(-0.4), Math.round(0.49999999999999994));
void log;
