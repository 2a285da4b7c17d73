// A regex's exec/test of a string[] element read past the end searches "undefined", as JavaScript's ToString
// of the argument does (found by fuzzing: a mutant of corpus 181 started a header loop at index -1).
const HEADER = /^([\w-]+):[ \t]*(.*?)[ \t]*$/;
const lines = ["Host: esp.local", "Accept: */*"];
for (let i = -1; i <= lines.length; i++) {
  const h = HEADER.exec(lines[i]);
  console.log(i, h === null ? "no header" : `${h[1]}=${h[2]}`);
}
const word = /^undef/;
console.log(word.test(lines[5]), word.exec(lines[7])?.[0], /^[a-z]+$/.test(lines[2]));
const m = /(n)(e)/.exec(lines[9]);
console.log(m?.index, m?.input, m?.length);
const g = /d/g;
console.log(g.test(lines[3]), g.lastIndex, g.test(lines[3]), g.lastIndex, g.test(lines[3]), g.lastIndex);
