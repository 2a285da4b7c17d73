// Issue 11: a variable given an element that may be past the end (the selected relay, a captured "current"
// profile, a callback taken from a table, a row) raises Node's TypeError when used: a member read, a method, a
// function-typed property, a call (`handler is not a function`), a for-of, a string method. All catchable,
// up the call stack too.
interface Relay { name: string; pin: number; toggle: () => boolean }
class Profile {
  constructor(public label: string, public steps: number[]) {}
  describe(): string { return `${this.label}: ${this.steps.join(">")}`; }
}
type Handler = (arg: number) => string;

let state = false;
const relays: Relay[] = [{ name: "pump", pin: 5, toggle: () => (state = !state) }];
let selected: Relay = relays[0];
const profiles = [new Profile("eco", [20, 18]), new Profile("boost", [24, 26, 28])];
const handlers: Handler[] = [(a) => `dim ${a}`, (a) => `blink ${a * 2}`];
let handler: Handler = handlers[0];
const names: string[] = ["alpha", "beta"];
let label = names[0];

function select(i: number): void {
  selected = relays[i];
  handler = handlers[i];
  label = names[i];
}

function report(): string {
  return `${selected.name}@${selected.pin} ${selected.toggle()}`;
}

function makeCursor(): { next: () => string; steps: () => number } {
  let current = profiles[0];
  let at = 0;
  return {
    next: () => {
      current = profiles[++at];
      return current.describe();
    },
    steps: () => {
      let sum = 0;
      for (const s of current.steps) sum += s;
      return sum;
    },
  };
}

for (const i of [0, 1]) {
  select(i);
  try {
    console.log(report());
  } catch (e) {
    if (e instanceof TypeError) console.log(`relay ${i}: ${e.message}`);
  }
  try {
    console.log(handler(7), label.toUpperCase(), label.length);
  } catch (e) {
    console.log(`handler ${i}:`, String(e));
  }
}
select(2);
try {
  console.log(handler(1));
} catch (e) {
  console.log(String(e));
}
try {
  console.log(label.padStart(8, "."));
} catch (e) {
  console.log(String(e));
}

const cursor = makeCursor();
for (let k = 0; k < 3; k++) {
  try {
    console.log(cursor.next(), cursor.steps());
  } catch (e) {
    console.log(`step ${k}:`, (e as Error).message);
  }
}
const grid: number[][] = [[1, 2], [3, 4]];
let row = grid[1];
row = grid[3];
try {
  console.log(row[0]);
} catch (e) {
  console.log(String(e));
}
try {
  for (const v of row) console.log(v);
} catch (e) {
  console.log(String(e));
}
console.log("state", state);
