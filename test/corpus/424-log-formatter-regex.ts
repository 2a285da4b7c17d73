// A log line formatter: template strings with {name} placeholders replaced by a regex with a function,
// values from a Map with fallbacks, levels as a string enum with reverse names of a numeric enum, lines
// filtered by a level and printed; an unknown placeholder throws and is reported once.
enum Level { Debug, Info, Warn, Error }
enum Tag { Net = "NET", Sensor = "SNS", System = "SYS" }

class FormatError extends Error {
  name = "FormatError";
}

interface Entry { level: Level; tag: Tag; template: string; values: Map<string, string | number> }

function format(template: string, values: Map<string, string | number>): string {
  const missing: string[] = [];
  const out = template.replace(/\{(\w+)(?::(\d+))?\}/g, (whole: string, key: string, width: string | undefined) => {
    const v = values.get(key);
    if (v === undefined) {
      missing.push(whole);
      return "";
    }
    const text = typeof v === "number" ? (key === "temp" ? v.toFixed(1) : v.toFixed(0)) : v;
    return width ? text.padStart(Number(width)) : text;
  });
  if (missing.length > 0) throw new FormatError(`no value for ${missing.join(", ")}`);
  return out;
}

const entries: Entry[] = [
  { level: Level.Info, tag: Tag.Net, template: "connected to {ssid} ({rssi:4} dBm)", values: new Map<string, string | number>([["ssid", "home"], ["rssi", -61]]) },
  { level: Level.Debug, tag: Tag.Sensor, template: "raw={raw}", values: new Map<string, string | number>([["raw", 512]]) },
  { level: Level.Warn, tag: Tag.Sensor, template: "temp {temp} above {limit}", values: new Map<string, string | number>([["temp", 31.25], ["limit", 30]]) },
  { level: Level.Error, tag: Tag.System, template: "heap {free} < {min}", values: new Map<string, string | number>([["free", 4096]]) },
  { level: Level.Info, tag: Tag.System, template: "uptime {s:6}s", values: new Map<string, string | number>([["s", 3600]]) },
];

for (const min of [Level.Info, Level.Warn]) {
  console.log(`-- level >= ${Level[min]}`);
  for (const { level, tag, template, values } of entries) {
    if (level < min) continue;
    try {
      console.log(`[${Level[level].toUpperCase().padEnd(5)}] ${tag} ${format(template, values)}`);
    } catch (e) {
      if (e instanceof FormatError) console.log(`[${Level[level]}] ${tag} <${e.message}>`);
    }
  }
}
console.log([Tag.Net, Tag.Sensor, Tag.System], Level.Warn, Level[3]);
