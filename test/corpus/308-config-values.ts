// Configuration values that are literal unions mixed with numbers (`"auto" | number`), numeric literal unions
// (`0 | 1 | 2`), optional union parameters and union returns, merged from defaults and overrides.
type Baud = 9600 | 57600 | 115200;
type Level = 0 | 1 | 2;
type Interval = "auto" | "off" | number;

class Config {
  baud: Baud = 115200;
  level: Level = 1;
  interval: Interval = "auto";
  label: string | null = null;
}

function effectiveInterval(i: Interval, load: number): number {
  if (i === "off") return 0;
  if (i === "auto") return load > 50 ? 1000 : 250;
  return i;
}

function describeLevel(l: Level): string {
  switch (l) {
    case 0: return "quiet";
    case 1: return "normal";
    case 2: return "verbose";
  }
}

function apply(c: Config, key: string, raw: string): string | undefined {
  switch (key) {
    case "baud": {
      const b = parseInt(raw);
      if (b === 9600 || b === 57600 || b === 115200) c.baud = b;
      else return `bad baud ${raw}`;
      return undefined;
    }
    case "level": {
      const l = parseInt(raw);
      if (l === 0 || l === 1 || l === 2) c.level = l;
      else return `bad level ${raw}`;
      return undefined;
    }
    case "interval":
      c.interval = raw === "auto" || raw === "off" ? raw : parseFloat(raw);
      return undefined;
    case "label":
      c.label = raw === "" ? null : raw;
      return undefined;
  }
  return `unknown key ${key}`;
}

function intervalText(i: Interval, fallback?: string | number): string {
  if (typeof i === "number") return `${i}ms`;
  return fallback === undefined ? i : `${i} (${fallback})`;
}

const c = new Config();
console.log(c.baud, describeLevel(c.level), intervalText(c.interval), c.label ?? "(none)");
const overrides = ["baud=57600", "level=2", "interval=1500", "label=garage", "level=7", "speed=3", "interval=off", "label="];
for (const o of overrides) {
  const eq = o.indexOf("=");
  const err = apply(c, o.slice(0, eq), o.slice(eq + 1));
  console.log(o, err ?? "ok", "->", c.baud, c.level, intervalText(c.interval, 60), c.label);
}
for (const load of [10, 90]) {
  for (const i of ["auto", "off", 40] as Interval[]) console.log(load, intervalText(i), effectiveInterval(i, load));
}
const levels: Level[] = [2, 0, 1, 2];
console.log(levels.map(describeLevel).join(","), levels.indexOf(0), levels.includes(1));
console.log(c.interval === "off", c.interval !== 0, typeof c.interval);
