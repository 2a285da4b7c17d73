// tsduino fuzz finding: MISMATCH on host
// origin: mutant of test/corpus/31-array-sort-comparator.ts, mutant seed 155: optional chain p.name at line 19; operator - → + at line 16 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 155
// line 1: node "ann:30 bob:25 cy:30 dee:25 eve:35" ours "eve:35 dee:25 cy:30 bob:25 ann:30"
// Node prints:
//   ann:30 bob:25 cy:30 dee:25 eve:35
//   
// tsduino prints:
//   eve:35 dee:25 cy:30 bob:25 ann:30
//   
// sort with a comparator: numeric order, descending, and stability for equal keys.
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
people.sort((p, q) => p.age + q.age);
console.log(people.map((p) => p.name + ":" + p.age).join(" "));
