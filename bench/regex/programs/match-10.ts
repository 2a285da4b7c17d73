// The cost of regular expressions on lx106 (bench/regex/run.ts): 10 patterns typical of firmware input
// (commands, topics, addresses, sensor lines), each tested against its line, 11 rounds; baseline.ts does the
// same loop without the regular expressions.
const lines = [
  "SET led 1",
  "home/livingroom/temperature",
  "192.168.1.42",
  "AA:BB:CC:DD:EE:FF",
  "temp=21.5C hum=48%",
  "$GPGGA,123519,4807.038,N,01131.000,E",
  "GET /api/status HTTP/1.1",
  "2026-11-30T16:20:42Z",
  "user@example.com",
  "v1.12.3-rc2",
];
const patterns = [
  /^(SET|GET)\s+(\w+)\s+(\d+)$/,
  /^home\/[^/]+\/(temperature|humidity)$/,
  /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/,
  /^([0-9A-F]{2}:){5}[0-9A-F]{2}$/i,
  /temp=(-?\d+(?:\.\d+)?)C\s+hum=(\d+)%/,
  /^\$GP(GGA|RMC),\d{6},/,
  /^(GET|POST|PUT) (\/[\w/]*) HTTP\/1\.[01]$/,
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/,
  /^[\w.+-]+@[\w-]+\.[\w.]+$/,
  /^v(\d+)\.(\d+)\.(\d+)(?:-(\w+))?$/,
];
let matched = 0;
let n = 0;
for (let round = 0; round < 11; round++) {
  for (let i = 0; i < 10; i++) {
    n += lines[i].length;
    if (patterns[i].test(lines[i])) matched++;
  }
}
console.log(matched, n);
