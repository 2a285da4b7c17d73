// A serial command interpreter: lines parse into a union of command classes (or a parse error), which a
// dispatcher executes against device state; results are a discriminated union of interfaces.
class SetPin { constructor(public pin: number, public value: number) {} }
class ReadPin { constructor(public pin: number) {} }
class Blink { constructor(public pin: number, public times: number) {} }
class Help {}
type Command = SetPin | ReadPin | Blink | Help;

interface Ok { kind: "ok"; text: string }
interface Failed { kind: "failed"; code: number; reason: string }
type Result = Ok | Failed;

const pins: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
let toggles = 0;

function parseCommand(line: string): Command | string {
  const words = line.trim().split(" ");
  const pin = words.length > 1 ? parseInt(words[1]) : NaN;
  switch (words[0]) {
    case "set":
      if (words.length !== 3) return "set needs a pin and a value";
      return new SetPin(pin, parseInt(words[2]));
    case "read":
      return new ReadPin(pin);
    case "blink":
      return new Blink(pin, words.length > 2 ? parseInt(words[2]) : 1);
    case "help":
      return new Help();
  }
  return `unknown command '${words[0]}'`;
}

function run(cmd: Command): Result {
  if (cmd instanceof Help) return { kind: "ok", text: "set|read|blink|help" };
  const pin = cmd.pin;
  if (isNaN(pin) || pin < 0 || pin >= pins.length) return { kind: "failed", code: 2, reason: `bad pin ${pin}` };
  if (cmd instanceof SetPin) {
    pins[pin] = cmd.value;
    return { kind: "ok", text: `pin ${pin} = ${cmd.value}` };
  }
  if (cmd instanceof ReadPin) return { kind: "ok", text: `pin ${pin} is ${pins[pin]}` };
  for (let i = 0; i < cmd.times * 2; i++) {
    pins[pin] = pins[pin] === 0 ? 1 : 0;
    toggles++;
  }
  return { kind: "ok", text: `blinked ${pin} x${cmd.times}` };
}

function report(r: Result): string {
  switch (r.kind) {
    case "ok": return `OK ${r.text}`;
    case "failed": return `ERR${r.code} ${r.reason}`;
  }
}

const script = ["help", "set 3 1", "read 3", "blink 2 3", "read 2", "set 9 1", "set 1", "frob", "  read 0  ", "blink x"];
let failures = 0;
for (const line of script) {
  const parsed = parseCommand(line);
  if (typeof parsed === "string") {
    failures++;
    console.log(`> ${line}: ${parsed}`);
    continue;
  }
  const result = run(parsed);
  if (result.kind === "failed") failures++;
  console.log(`> ${line}: ${report(result)}`);
}
console.log("pins", pins.join(""), "toggles", toggles, "failures", failures);
