// concat, indexOf, lastIndexOf and includes (SameValueZero: includes finds NaN, indexOf does not).
const a = [1, 2, 3];
const b = [4, 5];
const c = a.concat(b, [6]);
console.log(c.join(","), a.length, c.length);
const d = [5, 1, 5, 2, 5];
console.log(d.indexOf(5), d.indexOf(5, 1), d.lastIndexOf(5), d.indexOf(9), d.includes(2), d.includes(3));
const n = [0 / 0, -0, 1];
console.log(n.indexOf(0 / 0), n.includes(0 / 0), n.indexOf(0), n.includes(0));
const s = ["x", "y", "x"];
console.log(s.indexOf("x"), s.lastIndexOf("x"), s.includes("z"), s.concat(["z"]).join(""));
