// A sticky tokenizer kept in a class field (lastIndex across calls), RegExp parameters, optional chains over
// match results and their groups (m?.groups?.name), regex to string conversions and lastIndex writes.
class Tokenizer {
  private re = /\s*(?<num>\d+)|\s*(?<op>[-+*\/()])/y;
  constructor(private text: string) {}
  next(): string | undefined {
    if (this.re.lastIndex >= this.text.length) return undefined;
    const m = this.re.exec(this.text);
    return m?.groups?.num ?? m?.groups?.op;
  }
}
const t = new Tokenizer("12 + 3*(4 - 1)");
let tok = t.next();
const parts: string[] = [];
while (tok !== undefined) {
  parts.push(tok);
  tok = t.next();
}
console.log(parts.join(" "));
function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(s)) n++;
  return n;
}
const word = /\w+/g;
console.log(count(word, "one two three"), `${word}`, String(/a\/b/), word.lastIndex);
const nomatch = /(?<x>z)/.exec("abc");
console.log(nomatch?.groups?.x, nomatch === null, /a/.exec("b")?.index);
word.lastIndex = 4;
console.log(word.exec("one two three")![0], word.lastIndex);
const parts2 = /(\d+)-(\d+)?/.exec("12-");
if (parts2) console.log(`${parts2}`, String(parts2), parts2.join("|"), parts2.slice(1).length, parts2.includes("12"), parts2.indexOf("12-"));
