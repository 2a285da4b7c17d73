// sort with a comparator: numeric order, descending, and stability for equal keys.
const nums = [10, 9, 1, 100, 25, -1, 3.5];
console.log(nums.slice().sort((a, b) => a - b).join(","));
console.log(nums.slice().sort((a, b) => b - a).join(","));
interface Person {
  name: string;
  age: number;
}
const people: Person[] = [
  { name: "ann", age: 30 },
  { name: "bob", age: 25 },
  { name: "cy", age: 30 },
  { name: "dee", age: 25 },
  { name: "eve", age: 35 },
];
people.sort((p, q) => p.age - q.age);
console.log(people.map((p) => p.name + ":" + p.age).join(" "));
people.sort((p, q) => (p.name < q.name ? 1 : p.name > q.name ? -1 : 0));
console.log(people.map((p) => p.name).join(" "));
const words = ["ccc", "a", "bb", "dd", "e"];
words.sort((x, y) => x.length - y.length);
console.log(words.join(" "));
const big: number[] = [];
for (let i = 0; i < 50; i++) big.push((i * 37) % 50);
big.sort((a, b) => a - b);
console.log(big.slice(0, 10).join(","), big[49]);
