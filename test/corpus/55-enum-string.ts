// String enums: printing values, comparing, switching and using them as Map keys.
enum Level {
  Debug = "DEBUG",
  Info = "INFO",
  Error = "ERROR",
}
function log(level: Level, msg: string): string {
  return "[" + level + "] " + msg;
}
console.log(log(Level.Info, "started"), log(Level.Error, "failed"));
console.log(Level.Debug === "DEBUG", Level.Info < Level.Error, Level.Debug.length);
const seen = new Map<Level, number>();
for (const l of [Level.Info, Level.Debug, Level.Info]) seen.set(l, (seen.get(l) ?? 0) + 1);
for (const [k, v] of seen) console.log(k, v);
function severity(l: Level): number {
  switch (l) {
    case Level.Debug:
      return 0;
    case Level.Info:
      return 1;
    case Level.Error:
      return 2;
  }
}
console.log(severity(Level.Error), severity(Level.Debug));
