// A switch whose discriminant is an integer (`i % 3` over an int32 counter) with a case that is not an integer
// constant (`case NaN:`, `case 0.5:`, a variable holding 2.5 or -0): the cases compare as numbers. Converted to
// the integer, NaN and 0.5 became 0 and matched (fuzz mutant m-57-switch-64300165: `case 0:` → `case NaN:`).
let hits = 0;
for (let i = 0; i < 10; i++) {
  switch (i % 3) {
    case NaN:
      continue;
    case 0.5:
      hits += 1000;
      break;
    case 1:
      hits += 10;
      break;
    default:
      hits += 1;
  }
  hits += 100;
}
console.log(hits);
function pick(k: number, half: number): string {
  const n = k | 0;
  switch (n) {
    case half:
      return "half";
    case half * 2:
      return "double half";
    case Infinity:
      return "infinite";
    case -0:
      return "zero";
    default:
      return "other " + n;
  }
}
console.log(pick(0, 2.5), pick(5, 2.5), pick(3, 1.5), pick(2, 1), pick(4, 0.5), pick(1, 0.5));
