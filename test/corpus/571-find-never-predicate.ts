// A find() callback that TypeScript reads as the type predicate `s is never` (comparing a string element with
// undefined) types the result `undefined`; the callback still runs, and it mutates the array it searches:
// find visits the length it started with, reading past the new end as undefined (fuzz finding).
const names = ["a", "b", "c"];
console.log(names.find((s) => {
  names.pop();
  return s === undefined;
}), names.length);
const queue = [3, 1, 4, 1, 5];
const hit = queue.find((n) => {
  queue.shift();
  return n === undefined;
});
console.log(hit, queue.length, queue);
console.log(names.find((s) => s === "b"), ["x", "b"].find((s) => s === "b"));
