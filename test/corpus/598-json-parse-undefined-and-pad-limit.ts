// JSON.parse of an undefined its type did not rule out parses the text "undefined" (mutant m-500-…-43000873:
// Node's SyntaxError, ours read a member of nothing), and a pad or repeat past V8's string length limit is a
// RangeError a catch takes (mutant m-407-…-43000768 padded to 1e21 inside a try).
interface Config {
  a: number;
}
const texts: string[] = ['{"a":1}', '{"a":2}'];
for (const i of [0, 1, 5]) {
  try {
    console.log(i, (JSON.parse(texts[i]) as Config).a);
  } catch (e) {
    if (e instanceof SyntaxError) console.log(i, `${e.name}: ${e.message}`);
  }
}
const widths = [4, 1e21, 2 ** 29, 6];
for (const w of widths) {
  try {
    console.log(`[${"ab".padEnd(w, ".")}]`, `[${"ab".padStart(w)}]`.length);
  } catch (e) {
    if (e instanceof RangeError) console.log(w, `${e.name}: ${e.message}`);
  }
}
let caught = 0;
for (const n of [2, 2 ** 28, 3]) {
  try {
    console.log("xy".repeat(n).length);
  } catch (e) {
    if (e instanceof Error) {
      caught++;
      console.log(e.name, e.message);
    }
  }
}
console.log("caught", caught);
