// i64/u64 values become text through the runtime's exact 64-bit formatting (AssemblyScript prints every
// digit past 2^53, test/fixed/16): console.log, String(), templates, concatenation, toString(radix) of
// negative and unsigned values, join and JSON.stringify. Below 2^53 that is exactly Node's text.
const neg: i64 = -9007199254740991;
const pos: u64 = 9007199254740991;
const mid: i64 = -4294967296;
console.log(neg, pos, mid);
console.log(String(neg) + "|" + String(pos) + "|" + `${mid}` + "|" + "x" + pos);
console.log(neg.toString(16), pos.toString(2).length, mid.toString(36), pos.toString(8));
console.log((mid * 1000).toString(), (pos - 1).toString(16), (mid / 16).toString());
const list: i64[] = [neg, mid, 0, 1, 4503599627370496];
console.log(list.join(","));
console.log(JSON.stringify(list));
console.log(JSON.stringify({ count: list.length }));
const units: u64[] = [pos, 4294967296, 7];
console.log(units.join(" "), JSON.stringify(units));
let text = "";
for (const v of list) text += v + ";";
console.log(text);
const tally = new Map<string, i64>();
tally.set("a", mid);
tally.set("b", neg);
tally.forEach((v, k) => console.log(k, v.toString(), `${v}`));
