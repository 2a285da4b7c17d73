// A String method with a RegExp argument (replace, replaceAll, match, matchAll, search, split) called on a string
// read past the end of a `string[]` (or a regexp group that did not exist): Node's TypeError names the member,
// as it does for the other String methods. Ours said "Cannot read properties of null or undefined", and
// match() with a non-global pattern searched "undefined" (fuzz mutant m-181-…-64400153: `kv[2]` → `kv[3]`).
// (The try blocks read the element directly: a string parameter given one is not tested, docs/language.md.)
function decode(s: string): string {
  return s.replace(/\+/g, " ");
}
const kv = /^([^=]*)=?(.*)$/.exec("a+b=c+d");
const words = ["x+y"];
const attempts: (() => string)[] = [
  () => decode(kv![1]),
  () => kv![3].replace(/\+/g, " "),
  () => words[1].replaceAll(/y/g, "z"),
  () => JSON.stringify(words[2].match(/undefined/)),
  () => JSON.stringify(words[3].match(/u/g)),
  () => String([...words[4].matchAll(/u/g)].length),
  () => String(words[5].search(/d/)),
  () => words[6].split(/,/).join("|"),
  () => words[0].split(/\+/).join("|"),
];
for (const f of attempts) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).message);
  }
}
console.log(decode(kv![4]));
