// tsduino fuzz finding: G++FAIL on host
// origin: mutant of test/corpus/55-enum-string.ts, mutant seed 206: log seen after line 20 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 206
// error: no matching function for call to ‘toString(ts::Map<ts::String, double>&)’
// String enums: printing values, comparing, switching and using them as Map keys.
enum Level {
  Debug = "DEBUG",
  Info = "INFO",
  Error = "ERROR",
}
const seen = new Map<Level, number>();
function severity(l: Level): number {
  switch (l) {
    case Level.Debug:
    case Level.Info:
console.log(String(seen));
    case Level.Error:
      return 2;
  }
}
