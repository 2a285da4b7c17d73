// A string parameter that holds undefined at run time (a caller passed an element past the end or a group
// that did not match): its method calls and `length` inside functions a try block calls raise Node's
// catchable TypeError naming the member, also for the RegExp methods.
function decode(s: string): string {
  return s.replace(/\+/g, " ");
}
function shout(s: string): string {
  return s.toUpperCase() + "!";
}
function size(s: string): number {
  return s.length;
}
function words(s: string): string[] {
  return s.split(/\s+/);
}
const parts = "a+b=c+d".split("=");
const kv = /^([^=]*)=?(.*)$/.exec("a=b")!;
for (const i of [0, 1, 5]) {
  try {
    console.log(decode(parts[i]), shout(parts[i]), size(parts[i]));
  } catch (e) {
    console.log("caught", String(e), e instanceof TypeError);
  }
}
try {
  console.log(words(kv[9]).length);
} catch (e) {
  console.log("caught", (e as Error).message);
}
console.log(shout("done"));
