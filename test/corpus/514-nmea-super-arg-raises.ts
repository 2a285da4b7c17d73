// Was finding mix-super-arg-may-throw-gpp (session 5 fix: a super(...) argument that may raise: the lambda returns its own default, the constructor leaves at once).
// A GPS NMEA sentence parser: checksum verified with charCodeAt and XOR, fields split and destructured,
// coordinates converted, bad sentences throw ChecksumError/FormatError caught per line; fixes are collected
// as anonymous records and printed with console.log and JSON.stringify.
let radix = 16;
class NmeaError extends Error {}
class ChecksumError extends NmeaError {
  constructor(readonly expected: number, readonly actual: number) {
    super(`checksum ${actual.toString(radix)} != ${expected.toString(radix)}`);
    this.name = "ChecksumError";
  }
}
class FormatError extends NmeaError {
  name = "FormatError";
}

interface Fix { time: string; lat: number; lon: number; sats: number; alt?: number }

function checksum(body: string): number {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return x;
}

function coord(value: string, hemi: string): number {
  const m = /^(\d{2,3})(\d{2}\.\d+)$/.exec(value);
  if (!m) throw new FormatError(`bad coordinate '${value}'`);
  const deg = Number(m[1]) + Number(m[2]) / 60;
  return Math.round((hemi === "S" || hemi === "W" ? -deg : deg) * 1e5) / 1e5;
}

function parse(line: string): Fix {
  const star = line.lastIndexOf("*");
  if (!line.startsWith("$") || star < 0) throw new FormatError("no frame");
  const body = line.slice(1, star);
  const expected = parseInt(line.slice(star + 1), 16);
  const actual = checksum(body);
  if (expected !== actual) throw new ChecksumError(expected, actual);
  const [kind, time, lat, ns, lon, ew, , sats, , alt] = body.split(",");
  if (kind !== "GPGGA") throw new FormatError(`unsupported ${kind}`);
  const fix: Fix = { time: `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}`, lat: coord(lat, ns), lon: coord(lon, ew), sats: Number(sats) };
  if (alt) fix.alt = Number(alt);
  return fix;
}

function sentence(body: string): string {
  return `$${body}*${checksum(body).toString(16).toUpperCase().padStart(2, "0")}`;
}

const lines = [
  sentence("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"),
  sentence("GPGGA,235959,3351.123,S,15112.500,W,1,05,1.2,,M,,M,,"),
  "$GPGGA,000000,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*00",
  sentence("GPRMC,123519,A,4807.038,N"),
  sentence("GPGGA,010203,48x7.038,N,01131.000,E,1,08,0.9,1,M,,M,,"),
  "garbage",
];
const fixes: Fix[] = [];
for (const line of lines) {
  try {
    fixes.push(parse(line));
  } catch (e) {
    if (e instanceof ChecksumError) console.log("checksum:", e.expected, e.actual, e.message);
    else if (e instanceof NmeaError) console.log(`${e.name}: ${e.message}`);
  }
}
console.log(fixes);
console.log(JSON.stringify(fixes, null, 1));
// A radix out of range makes the super(...) argument raise: caught around `new`, the constructor's body never runs.
for (const r of [2, 99, 16]) {
  radix = r;
  try {
    console.log(new ChecksumError(0x4a, 10).message);
  } catch (e) {
    if (e instanceof RangeError) console.log("radix", r, e.message);
  }
}
