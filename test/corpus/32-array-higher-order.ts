// map, filter, forEach, reduce (with and without an initial value), some, every, find, findIndex.
const xs = [1, 2, 3, 4, 5, 6];
console.log(xs.map((x) => x * x).join(","));
console.log(xs.map((x, i) => x * i).join(","));
console.log(xs.filter((x) => x % 2 === 0).join(","));
let total = 0;
xs.forEach((x, i) => {
  total += x * (i + 1);
});
console.log(total);
console.log(xs.reduce((acc, x) => acc + x, 0), xs.reduce((acc, x) => acc * x), xs.reduce((acc, x) => acc + "-" + x, ""));
console.log(xs.some((x) => x > 5), xs.some((x) => x > 6), xs.every((x) => x > 0), xs.every((x) => x > 1));
console.log(xs.find((x) => x > 3), String(xs.find((x) => x > 10)), xs.findIndex((x) => x > 3), xs.findIndex((x) => x > 10));
const words = ["alpha", "beta", "gamma"];
console.log(words.map((w) => w.length).join(","), words.map((w) => w.toUpperCase()).join(" "));
console.log(String(words.find((w) => w.startsWith("b"))), String(words.find((w) => w.startsWith("z"))));
console.log([[1, 2], [3], [4, 5, 6]].map((row) => row.length).join(","));
console.log([].every(() => false), [0].some((x) => x === 0));
