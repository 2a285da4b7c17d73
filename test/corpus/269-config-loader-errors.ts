// Loading a configuration from "key=value" lines: errors are wrapped with context and rethrown, runtime
// RangeErrors from formatting are caught, catch without a binding, and a loop that retries with continue.
class ConfigError extends Error {
  constructor(message: string, public line: number) {
    super(`line ${line}: ${message}`);
    this.name = "ConfigError";
  }
}

interface Setting {
  key: string;
  value: number;
}

function parseValue(text: string): number {
  const v = Number(text);
  if (text.length === 0 || isNaN(v)) throw new TypeError(`'${text}' is not a number`);
  return v;
}

function parseLine(text: string, line: number): Setting {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new ConfigError("missing '='", line);
  try {
    return { key: text.substring(0, eq).trim(), value: parseValue(text.substring(eq + 1).trim()) };
  } catch (e) {
    throw new ConfigError((e as Error).message, line);
  }
}

function load(text: string): Map<string, number> {
  const settings = new Map<string, number>();
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length) {
    const current = lines[i];
    i++;
    try {
      if (current.trim().length === 0 || current.startsWith("#")) continue;
      const s = parseLine(current, i);
      settings.set(s.key, s.value);
    } catch (e) {
      if (e instanceof ConfigError && e.line !== 3) {
        console.log("skipped:", e.message);
        continue;
      }
      throw e;
    } finally {
      if (i === lines.length) console.log("read", i, "lines");
    }
  }
  return settings;
}

function show(settings: Map<string, number>): void {
  const digits = settings.get("digits") ?? 2;
  for (const [k, v] of settings) {
    let text = "";
    try {
      text = v.toFixed(digits);
    } catch {
      text = String(v) + " (digits " + digits + " rejected)";
    }
    console.log(k, "=", text);
  }
}

show(load("# sensor\ninterval = 30\nthreshold = 21.5\n\nbad line\ngain = x2\ndigits = 1"));
show(load("interval=5\ndigits=120"));
try {
  load("a=1\nb=2\nc=oops\nd=4");
} catch (e) {
  console.log("fatal:", String(e), e instanceof ConfigError);
}
