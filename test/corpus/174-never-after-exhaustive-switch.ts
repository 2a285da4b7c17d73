// A parameter narrowed to never after a switch whose every case returns (a corpus mutant duplicated the
// switch, m-159-…-6308): the second switch still compares it as a string (g++: cannot convert ts::String).
enum Level {
  Debug = "DEBUG",
  Info = "INFO",
  Error = "ERROR",
}
function severity(l: Level): number {
  switch (l) {
    case Level.Debug:
    case Level.Info:
      console.log("low", l);
    case Level.Error:
      return 2;
  }
  switch (l) {
    case Level.Debug:
      return 1;
  }
  console.log("unreachable", l);
  return 0;
}
function kind(n: 1 | 2): string {
  if (n === 1) return "one";
  if (n === 2) return "two";
  return "never " + n;
}
console.log(severity(Level.Info), severity(Level.Error), kind(1), kind(2));
