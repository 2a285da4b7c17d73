// A serial command parser that reports malformed commands with a ParseError and keeps going.
class ParseError extends Error {
  constructor(m: string) {
    super(m);
    this.name = "ParseError";
  }
}

interface Command {
  verb: string;
  pin: number;
  value: number;
}

function parsePin(text: string): number {
  const pin = parseInt(text, 10);
  if (isNaN(pin)) throw new ParseError(`bad pin '${text}'`);
  if (pin < 0 || pin > 16) throw new ParseError("pin out of range: " + pin);
  return pin;
}

function parseCommand(line: string): Command {
  const parts = line.trim().split(" ");
  const verb = parts[0].toUpperCase();
  if (verb !== "SET" && verb !== "GET") throw new ParseError("unknown verb " + verb);
  if (parts.length < 2) throw new ParseError("missing pin");
  const pin = parsePin(parts[1]);
  let value = 0;
  if (verb === "SET") {
    if (parts.length < 3) throw new ParseError("missing value");
    value = Number(parts[2]);
  }
  return { verb: verb, pin: pin, value: value };
}

const pins: number[] = new Array<number>(17).fill(0);
let errors = 0;
const lines = ["SET 4 1", "get 4", "SET x 1", "BLINK 2", "SET 20 1", "SET 5", "GET", "set 13 0.5", "GET 13"];
for (const line of lines) {
  try {
    const cmd = parseCommand(line);
    if (cmd.verb === "SET") {
      pins[cmd.pin] = cmd.value;
      console.log(`ok ${cmd.verb} ${cmd.pin} = ${cmd.value}`);
    } else {
      console.log(`ok ${cmd.verb} ${cmd.pin} -> ${pins[cmd.pin]}`);
    }
  } catch (e) {
    errors++;
    if (e instanceof ParseError) console.log("error:", e.message, "(" + e.name + ")");
    else console.log("unexpected", String(e));
  }
}
console.log("errors", errors, "of", lines.length);
