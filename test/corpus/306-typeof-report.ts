// typeof on every kind of value a sketch holds (as a string, compared, switched on), and a settings table
// whose values are `number | string | boolean` printed in a form chosen by their typeof.
type Setting = number | string | boolean;

class Settings {
  values = new Map<string, Setting>();
  set(key: string, v: Setting): void { this.values.set(key, v); }
  render(): string[] {
    const lines: string[] = [];
    for (const [key, v] of this.values) {
      switch (typeof v) {
        case "number": lines.push(`${key}=${Number.isInteger(v) ? v : v.toFixed(3)}`); break;
        case "boolean": lines.push(`${key}=${v ? "yes" : "no"}`); break;
        default: lines.push(`${key}="${v}"`);
      }
    }
    return lines;
  }
}

const s = new Settings();
s.set("interval", 250);
s.set("gain", 1.0 / 3);
s.set("name", "porch-sensor");
s.set("debug", false);
s.set("interval", "fast");
for (const line of s.render()) console.log(line);

const counter = (n: number): number => n + 1;
const maybe: string | undefined = s.values.size > 10 ? "x" : undefined;
const nothing: number | null = s.values.size > 10 ? 1 : null;
const list = [1, 2, 3];
console.log(typeof 1, typeof "a", typeof true, typeof undefined, typeof maybe, typeof nothing);
console.log(typeof counter, typeof list, typeof s, typeof s.values, typeof s.values.get("gain"));
const kinds = new Map<string, number>();
for (const [key, v] of s.values) if (key !== "") kinds.set(typeof v, (kinds.get(typeof v) ?? 0) + 1);
for (const [k, n] of kinds) console.log(k, n);
const interval = s.values.get("interval");
console.log(typeof interval === "string" ? interval.toUpperCase() : "not text", typeof interval !== "number");
