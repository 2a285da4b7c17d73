// match-10.ts without the regular expressions: the same lines and loop (bench/regex/run.ts).
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
let matched = 0;
let n = 0;
for (let round = 0; round < 11; round++) {
  for (let i = 0; i < 10; i++) {
    n += lines[i].length;
    if (lines[i].length > 0) matched++;
  }
}
console.log(matched, n);
