// A string method with a RegExp argument (`s.replace(/\+/g, " ")`) on a string parameter that is undefined at
// run time (given a capture group that does not exist, `kv[9]`): Node's TypeError names the member, as for the
// string-pattern forms; the runtime's regexp functions stopped with a generic "Cannot read properties of null
// or undefined" (found by the mutation fuzzer: m-181-regexp-http-request-65300142).
function decode(s: string): string {
  return s.replace(/\+/g, " ").replace(/%([0-9a-f]{2})/gi, (all: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
function words(s: string): number {
  return s.split(/\s+/).length;
}
const kv = /^([^=]*)=?(.*)$/.exec("name=desk+lamp%21");
if (kv) {
  console.log(decode(kv[1]), "=", decode(kv[2]), words(kv[2]));
  console.log(`groups: ${kv.length}`);
  console.log(decode(kv[9]));
}
