// Issue 11: a serial command parser that applies regular expressions to lines from a buffer and reads one
// past the end: `match`, `matchAll`, `replace` (with a string and with a function), `replaceAll`, `split` and
// `search` on undefined raise Node's TypeError naming the method, catchable here and in the caller;
// `re.test(undefined)` tests the string "undefined".
const buffer: string[] = ["SET led=1", "GET temp", "SET pwm=512"];
const assign = /^(SET|GET)\s+(\w+)(?:=(\d+))?$/;

function parse(i: number): string {
  const m = buffer[i].match(assign);
  if (!m) return "no match";
  return `${m[1]} ${m[2]}${m[3] !== undefined ? " " + m[3] : ""}`;
}

function normalise(i: number): string {
  return buffer[i].replace(/\s+/g, " ").replace(/=(\d+)/, (_all, n: string) => `:${Number(n).toString(16)}`);
}

function fields(i: number): number {
  return buffer[i].split(/[ =]/).length;
}

for (let i = 0; i <= buffer.length; i++) {
  try {
    console.log(`${i}: ${parse(i)} | ${normalise(i)} | ${fields(i)}`);
  } catch (e) {
    if (e instanceof TypeError) console.log(`${i}: ${e.message}`);
  }
}

const checks: string[] = [];
for (const i of [1, 5]) {
  try {
    checks.push(`search ${buffer[i].search(/\d/)}`);
  } catch (e) {
    checks.push(String(e));
  }
  try {
    checks.push(`digits ${[...buffer[i].matchAll(/\d/g)].length}`);
  } catch (e) {
    checks.push(String(e));
  }
  try {
    checks.push(buffer[i].replaceAll(/[aeiou]/gi, "*"));
  } catch (e) {
    checks.push(String(e));
  }
  checks.push(`test ${/undef/.test(buffer[i])} ${/^GET/.test(buffer[i])}`);
}
console.log(checks.join("\n"));
