// Iterating an array with holes reads undefined where the hole is (Node: for-of, spread, destructuring and
// Array.from read holes as undefined, so their copies have none), while slice and concat keep the holes.
const nums: number[] = [1];
nums[3] = 4;
const strs: string[] = ["a"];
strs[2] = "c";
const n2 = [...nums];
const s2 = [...strs, "d"];
console.log(n2, s2, Array.from(strs), Array.from(nums), [0, ...nums]);
s2.forEach((x, i) => console.log(i, x));
console.log(Array.from(strs, (x) => x === undefined).join(), s2.filter((x) => x === undefined).length);
let [p, q, r] = strs;
console.log(p, q, r, strs.slice(1), strs.concat(strs));
for (const x of strs) console.log(x);
let seen = 0;
for (const v of nums) seen += v === undefined ? 100 : v;
console.log(seen, n2.length, n2.every((v) => v > 0));
