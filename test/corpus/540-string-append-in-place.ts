// `s += …` appends in place where the variable holds the only reference: every other holder of the old text
// keeps it, and an append that reads the variable itself sees the text before the append.
let s = "";
for (let i = 0; i < 40; i++) s += "item" + i.toString() + ";";
console.log(s.length, s.slice(0, 30), s.slice(-12));

let a = "ab";
const kept = a;
a += "cd";
const kept2 = a;
a += "ef";
a += a;
console.log(a, kept, kept2);

let b = "x";
b += "-" + b + "-" + b;
console.log(b);

let t = "";
const words: string[] = [];
for (let i = 0; i < 5; i++) {
  t += String.fromCharCode(97 + i);
  words.push(t);
}
console.log(words.join(","));

let u = "é";
u += "a" + 1.5 + true + -7 + 2147483647;
u += "ü";
console.log(u, u.length);

class Label {
  constructor(public text: string) {}
  add(n: number): string {
    this.text += "#" + n;
    return this.text;
  }
}
const label = new Label("L");
const before = label.text;
label.add(1);
label.add(-20);
console.log(label.text, before);

let big = "";
for (let i = 0; i < 300; i++) big += i % 10;
console.log(big.length, big.charCodeAt(299), big.slice(290));
