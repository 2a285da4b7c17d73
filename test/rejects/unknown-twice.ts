// `unknown` is reported once where it is written, not again at every use of the values declared with it.
function parse(text: string): /*@error TSD2160 unknown*/unknown {
  return text;
}
const a: unknown = parse("1");
const b = parse("2");
console.log(String(a), String(b));
