// Rendering a status page from a template: replaceAll with a function, $1 / $<name> / $& / $` / $'
// replacement patterns, matchAll with indices, global match, case-insensitive and unicode patterns.
const values = new Map<string, string>([
  ["ssid", "HomeNet"],
  ["rssi", "-61"],
  ["uptime", "3h 12m"],
]);

function render(template: string): string {
  return template.replaceAll(/\{\{\s*(\w+)\s*\}\}/g, (whole: string, key: string, offset: number) => {
    const v = values.get(key);
    return v !== undefined ? v : `[missing ${key} at ${offset}]`;
  });
}

console.log(render("WiFi {{ssid}} ({{ rssi }} dBm), up {{uptime}}, {{battery}}"));
console.log("2024-03-09".replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/, "$<d>.$<m>.$<y> ($1)"));
console.log("temp=21.5C".replace(/[\d.]+/, "[$&] before:$` after:$'"));
console.log("aaa".replace(/a/g, "$$"), "abc".replace(/b/, "$0$9$10"), "abc".replace(/(b)/, "$01$10$2"));
console.log("x".replace(/(x)/, "$<name>"), "xy".replace(/(?<n>x)/, "[$<n>|$<nope>|$<n]"));

const log = "W: low heap; E: wifi lost; I: ok; E: mqtt timeout";
for (const m of log.matchAll(/(?<level>[WEI]): ([^;]+)/g)) {
  console.log(m.index, m.groups!.level, m[2].toUpperCase());
}
const errors = log.match(/E: [^;]+/g);
console.log(errors === null ? 0 : errors.length, errors ? errors.join(" / ") : "");
console.log(log.match(/X: /g) === null, log.match(/E: (\w+)/)![1]);

const names = ["Größe", "STRASSE", "straße", "Ǆemal", "ǆemal"];
for (const n of names) console.log(n, /^stra(ss|ß)e$/i.test(n), /ǅ/i.test(n), /ǅ/iu.test(n));
const emoji = "🌡️ 21° 💧 40%";
console.log(emoji.match(/./gu)!.length, emoji.match(/./g)!.length, emoji.replace(/\d+/g, "#"));
console.log("\u{1F600}".split(/(?:)/u).length, "\u{1F600}".split(/(?:)/).length, "ab".split(/(?:)/).join("-"));
