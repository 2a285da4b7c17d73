// Was finding mix-rest-parameters (session 5 fix: rest parameters of functions and methods, called with arguments and spreads).
// A fixed-size ring buffer of readings (a generic class with a #private array), statistics returned as an
// anonymous object type and destructured with defaults and renames, printed with console.log.
class Ring<T> {
  #items: T[] = [];
  #next = 0;
  constructor(readonly capacity: number) {}
  push(...values: T[]): void {
    for (const v of values) {
      if (this.#items.length < this.capacity) this.#items.push(v);
      else this.#items[this.#next] = v;
      this.#next = (this.#next + 1) % this.capacity;
    }
  }
  toArray(): T[] {
    return this.#items.length < this.capacity ? this.#items.slice() : [...this.#items.slice(this.#next), ...this.#items.slice(0, this.#next)];
  }
  get size(): number {
    return this.#items.length;
  }
}

function stats(xs: number[]): { min: number; max: number; mean: number; spread?: number } {
  if (xs.length === 0) return { min: NaN, max: NaN, mean: NaN };
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return { min, max, mean, spread: max - min };
}

const ring = new Ring<number>(5);
console.log(stats(ring.toArray()));
ring.push(3, 1, 4);
console.log(ring.toArray(), ring.size);
ring.push(1, 5, 9, 2);
console.log(ring.toArray(), ring.size);
const { min: low, max: high, mean, spread = 0 } = stats(ring.toArray());
console.log(`low=${low} high=${high} mean=${mean.toFixed(2)} spread=${spread}`);
const labels = new Ring<string>(3);
labels.push(..."abcdefg".split(""));
console.log(labels.toArray().join(""), labels);
// A function with leading parameters and a rest, its arguments evaluated left to right around spreads.
let calls = 0;
const reading = (v: number): number => {
  calls++;
  return v * 10;
};
function report(name: string, ...values: number[]): string {
  return `${name}[${values.length}] ${values.join(",")}`;
}
console.log(report("none"), report("one", reading(1)), report("mix", reading(2), ...ring.toArray(), reading(3)), calls);

// ---- Was finding mix-regexp-match-destructure (session 5 fix: a match destructured, [...map], console.log of matches).
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
console.log(/^(\w+)=(\d+)$/.exec("speed=42"), LINE);
const [whole, key = "?", value = "none"] = /^(\w+)(?:=(\d+))?$/.exec("mode")!;
console.log(whole, key, value, [...registers].length, [...new Map([["k", 1]])]);
console.log(LINE.exec("  SET a, 1"), "set x".match(/(?<verb>\w+) (?<arg>\w)(?<more>!)?/));
