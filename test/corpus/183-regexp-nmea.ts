// A GPS receiver's NMEA sentences: validated by a regular expression with a checksum group, fields split
// by a regex, lookahead and lookbehind, lazy quantifiers and a global scan driven by lastIndex.
interface Fix {
  time: string;
  lat: number;
  lon: number;
  sats: number;
}

const SENTENCE = /^\$(?<talker>GP|GN|GL)(?<type>[A-Z]{3}),(?<body>.*?)\*(?<sum>[0-9A-F]{2})$/;

function checksum(body: string): string {
  let x = 0;
  for (let i = 0; i < body.length; i++) x ^= body.charCodeAt(i);
  return x.toString(16).toUpperCase().padStart(2, "0");
}

function coordinate(value: string, hemisphere: string): number {
  const m = /^(\d{2,3})(\d\d\.\d+)$/.exec(value);
  if (m === null) return NaN;
  const deg = Number(m[1]) + Number(m[2]) / 60;
  return /[SW]/.test(hemisphere) ? -deg : deg;
}

function parse(line: string): Fix | null {
  const m = SENTENCE.exec(line);
  if (m === null) {
    console.log("malformed:", line.slice(0, 12));
    return null;
  }
  const g = m.groups!;
  const sum = checksum(line.slice(1, line.indexOf("*")));
  if (sum !== g.sum) {
    console.log("bad checksum", g.sum, "expected", sum);
    return null;
  }
  if (g.type !== "GGA") {
    console.log("skipping", g.talker + g.type);
    return null;
  }
  const f = g.body.split(/,/);
  return { time: f[0].replace(/^(\d\d)(\d\d)(\d\d).*$/, "$1:$2:$3"), lat: coordinate(f[1], f[2]), lon: coordinate(f[3], f[4]), sats: Number(f[6]) };
}

const lines = [
  "$GPGGA,123519.00,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*69",
  "$GPGGA,123519.00,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48",
  "$GNRMC,123520.00,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*50",
  "garbage",
  "$GPGGA,000001.00,3352.128,S,15112.558,E,1,11,0.7,32.1,M,19.0,M,,*4D",
];
for (const line of lines) {
  const fix = parse(line);
  if (fix) console.log(fix.time, fix.lat.toFixed(5), fix.lon.toFixed(5), fix.sats);
}

// Numbers preceded by a comma and followed by a letter field, scanned with lastIndex.
const scan = /(?<=,)\d+(?:\.\d+)?(?=,[A-Z])/g;
const text = lines[0];
let hit = scan.exec(text);
while (hit !== null) {
  console.log("number", hit[0], "at", hit.index, "next from", scan.lastIndex);
  hit = scan.exec(text);
}
console.log("after the scan lastIndex is", scan.lastIndex);
console.log("a,,b,".split(/,/).join("|"), "<<a>><<b>>".match(/<<.+?>>/g)!.join(" "), "<<a>><<b>>".match(/<<.+>>/g)!.join(" "));
console.log(/(?<!\$)GP/.exec("x$GPGP")!.index, /\bGGA\b/.test("GPGGA"), /\BGGA\b/.test("GPGGA"));
