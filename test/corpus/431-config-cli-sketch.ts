// A serial configuration console as a sketch: typed lines come from a queue, `set key=value` edits a
// settings record through a Map of typed setters (closures), `show` prints JSON, bad input throws errors
// of two classes caught in loop(); the final settings printed with console.log.
interface Settings { name: string; interval: number; verbose: boolean; threshold: number }

class UsageError extends Error {
  name = "UsageError";
}
class ValueError extends Error {
  constructor(readonly key: string, message: string) {
    super(`${key}: ${message}`);
    this.name = "ValueError";
  }
}

let settings: Settings = { name: "node-1", interval: 1000, verbose: false, threshold: 2.5 };

function num(key: string, text: string, min: number, max: number): number {
  const v = Number(text);
  if (text.trim() === "" || Number.isNaN(v)) throw new ValueError(key, `'${text}' is not a number`);
  if (v < min || v > max) throw new ValueError(key, `${v} not in [${min}, ${max}]`);
  return v;
}

const setters = new Map<string, (text: string) => Settings>([
  ["name", (t) => ({ ...settings, name: t })],
  ["interval", (t) => ({ ...settings, interval: num("interval", t, 100, 60000) })],
  ["verbose", (t) => ({ ...settings, verbose: t === "1" || t === "true" })],
  ["threshold", (t) => ({ ...settings, threshold: num("threshold", t, 0, 10) })],
]);

function command(line: string): string {
  const [verb = "", arg = ""] = line.trim().split(/\s+/);
  if (verb === "show") return JSON.stringify(settings);
  if (verb !== "set") throw new UsageError(`unknown command '${verb}'`);
  const m = /^(\w+)=(.*)$/.exec(arg);
  if (!m) throw new UsageError("usage: set key=value");
  const setter = setters.get(m[1]);
  if (!setter) throw new ValueError(m[1], "no such setting");
  settings = setter(m[2]);
  return `${m[1]} set`;
}

const input = ["show", "set interval=250", "set interval=5", "set threshold=abc", "set verbose=true", "set colour=red", "reboot now", "set name=greenhouse", "set", "show"];

export function setup(): void {
  Serial.begin(115200);
  Serial.println("> config console");
}

export function loop(): void {
  const line = input.shift();
  if (line === undefined) return;
  try {
    Serial.println(command(line));
  } catch (e) {
    if (e instanceof ValueError) Serial.println(`invalid ${e.key} (${e.message})`);
    else if (e instanceof UsageError) Serial.println(e.message);
  }
  if (input.length === 0) console.log(settings);
}
