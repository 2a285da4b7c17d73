// for-of over arrays, including arrays that grow while being iterated (JS visits the new elements).
const xs = [1, 2, 3];
for (const x of xs) {
  if (x < 3) xs.push(x * 10);
  console.log("visit", x);
}
console.log(xs.join(","));
const names = ["a", "b", "c"];
let joined = "";
for (const n of names) joined += n.toUpperCase();
console.log(joined);
let i = 0;
for (const row of [[1, 2], [3, 4]]) for (const v of row) i += v;
console.log(i);
