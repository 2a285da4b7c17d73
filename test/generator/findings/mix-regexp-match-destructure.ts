// mix finding (issue 11 corpus, session 4): const [, verb, args] = re.exec(line)! is rejected (TSD2283, destructuring RegExpExecArray), and [...map] (spread of a Map into an array) is rejected (TSD2111)
// Found as test/corpus/404-command-tokenizer-regex.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 404-command-tokenizer-regex.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   test/corpus/404-command-tokenizer-regex.ts:18:12: error TSD2283: not supported by tsduino: destructuring this value of type 'RegExpExecArray'
//     18 |   const [, verb, args] = m;
//                     ^^^^
//     hint: destructure arrays, tuples, records and class instances by their declared properties
//   test/corpus/404-command-tokenizer-regex.ts:41:17: error TSD2111: not supported by tsduino: spread ('...')
//     41 |         return [...registers].map(([k, v]) => `${k}:${v}`).join(" ");
//                          ^^^^^^^^^^^^
//     hint: pass the elements explicitly, or use concat()
//   tsduino: 2 errors; no C++ written.
//   
// signature: mix-regexp-match-destructure

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
  const [, verb, args] = m;
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
        return [...registers].map(([k, v]) => `${k}:${v}`).join(" ");
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
console.log(all);
