// Issue 11 (mutant m-404): a method or `length` of a string element read past the end (`parts[2].toLowerCase()`,
// a regex match's missing group) raises Node's TypeError "Cannot read properties of undefined (reading
// 'toLowerCase')", catchable up the call stack; a serial command parser reports the bad line and goes on.
const LINE = /^(\w+)\s*=\s*(\S+)$/;
const settings = new Map<string, string>();
let rejected = 0;

function keyOf(line: string): string {
  const m = LINE.exec(line)!;
  return m[3].toLowerCase();
}

function verbOf(line: string): string {
  const parts = line.trim().split(" ");
  return `${parts[0].toUpperCase()}/${parts[1].length}`;
}

function apply(line: string): string {
  if (line.includes("=")) {
    const m = LINE.exec(line);
    if (m === null) throw new SyntaxError(`bad assignment '${line}'`);
    settings.set(m[1].toLowerCase(), m[2].trim());
    return `set ${m[1]}`;
  }
  return verbOf(line);
}

const script = ["SSID = home", "reboot now", "ping", "mode=STA", "bad = x y", "  save all  "];
for (const line of script) {
  try {
    console.log(apply(line));
  } catch (e) {
    rejected++;
    if (e instanceof TypeError) console.log(`TypeError on '${line}': ${e.message}`);
    else console.log(`${(e as Error).name}: ${(e as Error).message}`);
  }
}
try {
  console.log(keyOf("port = 80"));
} catch (e) {
  console.log("group:", (e as Error).message);
}
console.log(rejected, [...settings.keys()].join(","), settings.get("ssid"));
