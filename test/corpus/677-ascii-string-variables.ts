// String variables that only ever hold ASCII text append without the UTF-8 path (ascii-strings.ts); a write of
// other text anywhere (a function's result, destructuring, a shorthand pattern, a closure, a template,
// a ?: branch, another variable) keeps the general path, which pairs a high surrogate at the end of the text
// with a low one appended after it.
let plain = "";
for (let i = 0; i < 5; i++) plain += "n" + i + ";" + (i % 2 === 0) + null + `<${i * 1.5}>`;
console.log(plain, plain.length);

const high = "\uD83D";
const low = "\uDE00";
function wide(): string {
  return high;
}

let a = "x";
a = wide();
a += low;
console.log(a, a.length);

let b = "y";
[b] = [high];
b += low;
console.log(b, b.length);

let c = "z";
({ c } = { c: high });
c += low;
console.log(c, c.length);

let e = "v";
const setE = () => {
  e = high;
};
setE();
e += low;
console.log(e, e.length);

let f = "u";
f = `${high}`;
f += low;
console.log(f, f.length);

let g = "t";
g = plain.length > 3 ? high : "s";
g += low;
console.log(g, g.length);

let h = "s";
let h2 = h;
h2 = h2 + high;
h2 += low;
console.log(h, h2, h2.length);

// Chains of ASCII variables written from each other.
let p = "ab";
let q = p + 1;
q += p;
p += q + true;
q += `${p}-${q.length}`;
console.log(p, q, p.length + q.length);

// An ASCII variable that is empty at first takes the appended string as it is, then grows in place.
let r = "";
r += "é".length;
r += q;
console.log(r, r.length);
