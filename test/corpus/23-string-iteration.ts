// for-of over a string visits code points (an emoji is one step), while indexing visits code units.
const s = "a😀é日!";
let steps = 0;
for (const ch of s) {
  console.log(steps, ch, ch.length);
  steps++;
}
console.log("steps", steps, "length", s.length);
let upper = "";
for (const ch of "hello") upper += ch.toUpperCase();
console.log(upper);
let vowels = 0;
for (const ch of "programming in typescript") if ("aeiou".includes(ch)) vowels++;
console.log("vowels", vowels);
