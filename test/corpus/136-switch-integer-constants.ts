enum Mode { Off, On = 5, Blink = -2 }
function name(m: number): string {
  switch (m) {
    case Mode.Off: return "off";
    case Mode.On:
    case 6:
      return "on-ish";
    default:
      return "other";
    case Mode.Blink: return "blink";
    case 7: {
      const z = m * 2;
      return "seven" + z;
    }
  }
}
const xs = [0, 5, 6, -2, 7, 0.5, NaN, -0, 4294967296, 1e300, 3];
console.log(xs.map((x) => name(x)).join(","));
let total = 0;
for (let i = 0; i < 10; i++) {
  switch (i % 4) {
    case 0: total += 1;
    case 1: total += 10; break;
    case 2: continue;
    default: total += 100;
  }
  total += 1000;
}
console.log(total);
