// switch over numbers and strings: fall-through, grouped cases, default in the middle, break in loops.
function classify(n: number): string {
  let out = "";
  switch (n) {
    case 0:
      out += "zero ";
    case 1:
      out += "small ";
      break;
    case 2:
    case 3:
      out += "medium ";
      break;
    default:
      out += "other ";
    case 10:
      out += "ten-or-fallthrough ";
  }
  return out.trim();
}
for (const n of [0, 1, 2, 3, 7, 10]) console.log(n, classify(n));
function kind(s: string): number {
  switch (s) {
    case "apple":
    case "pear":
      return 1;
    case "carrot":
      return 2;
  }
  return -1;
}
console.log(kind("pear"), kind("carrot"), kind("rock"));
let hits = 0;
for (let i = 0; i < 10; i++) {
  switch (i % 3) {
    case 0:
      continue;
    case 1:
      hits += 10;
      break;
    default:
      hits += 1;
  }
  hits += 100;
}
console.log(hits);
