// A serial command tokenizer: each line is matched by a regex with named groups, the match destructured,
// arguments split by a regex; unknown or malformed commands throw, a try/finally keeps a busy flag right.
class CommandError extends Error {
  constructor(message: string, public line: string) {
    super(message);
    this.name = "CommandError";
  }
}

const LINE = /^\s*(?<verb>[a-z]+)(?:\s+(?<args>.*?))?\s*$/i;
const NUMBER = /^-?\d+(\.\d+)?$/;
let busy = false;
const registers = new Map<string, number>();

function tokenize(line: string): [string, string[]] {
  const m = LINE.exec(line);
  if (m === null) throw new CommandError("unreadable", line);
  const verb = m[1];
  const args = m.groups?.args;
  return [verb.toLowerCase(), args === undefined ? [] : args.split(/\s*,\s*|\s+/)];
}

function execute(line: string): string {
  if (busy) throw new CommandError("re-entered", line);
  busy = true;
  try {
    const [verb, args] = tokenize(line);
    switch (verb) {
      case "set": {
        const [name, value] = args;
        if (value === undefined || !NUMBER.test(value)) throw new CommandError(`bad value for ${name}`, line);
        registers.set(name, Number(value));
        return `${name}=${value}`;
      }
      case "add": {
        const [target, ...terms] = args;
        const total = terms.map((t) => registers.get(t) ?? Number(t)).reduce((a, b) => a + b, 0);
        registers.set(target, total);
        return `${target}=${total}`;
      }
      case "dump":
        {
        const parts: string[] = [];
        for (const [k, v] of registers) parts.push(`${k}:${v}`);
        return parts.join(" ");
      }
      default:
        throw new CommandError(`unknown verb '${verb}'`, line);
    }
  } finally {
    busy = false;
  }
}

const lines = ["SET a 5", "set b, -2.5", "add c a b 10", "set d x", "  jump 3 ", "", "dump", "add e, c,c"];
for (const line of lines) {
  try {
    console.log("ok ", execute(line));
  } catch (e) {
    if (e instanceof CommandError) console.log("err", JSON.stringify(e.line), e.message);
  }
}
console.log(busy, registers);
const all = "set x 1; set y 2;add z x y".match(/[a-z]+ [a-z]( [a-z0-9])+/g);
console.log(all === null ? [] : all.slice());
