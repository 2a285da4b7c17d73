// Array callbacks read as tests (find, findIndex, findLast, findLastIndex, some, every, filter) whose body
// returns nothing: TypeScript accepts them (the predicates are typed `=> unknown`) and the result is undefined,
// which is falsy, so every element is visited (mutant of 571 whose `return` was deleted: g++ failed).
const names = ["a", "b", "c"];
console.log(names.find((s) => {
  names.pop();
}), names.length);
const q = [3, 1, 4, 1, 5];
let calls = 0;
console.log(q.some((n) => { calls += n; }), q.every((n) => { calls++; }), calls);
console.log(q.filter((n) => { calls++; }).length, q.findIndex((n) => { calls++; }), calls);
console.log(q.findLast((n) => { calls++; }), q.findLastIndex((n) => { calls++; }), calls);
const r = q.find((n, i) => { if (i > 1) q.shift(); });
console.log(r, q);
