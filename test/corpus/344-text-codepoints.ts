// Text handling a display driver needs: splitting labels into code points (Array.from over a string, emoji
// included), mapping glyphs through code points (codePointAt / String.fromCodePoint), building file paths and
// patterns with String.raw, and unique glyph sets (Array.from over a Set).
const labels = ["Température", "Öl 5€", "WiFi 📶 ok", "naïve ✓"];

for (const label of labels) {
  const chars = Array.from(label);
  const codes = chars.map((c) => (c.codePointAt(0) ?? 0).toString(16));
  console.log(`${label}: ${chars.length} glyphs (${label.length} UTF-16 units) ${codes.join(" ")}`);
}

const glyphs = new Set<string>();
for (const label of labels) for (const c of Array.from(label.toLowerCase())) if (c !== " ") glyphs.add(c);
const sorted = Array.from(glyphs).sort();
console.log(`${sorted.length} unique glyphs: ${sorted.join("")}`);

// A font with only ASCII: everything else becomes a replacement glyph, looked up by code point.
const fallback = new Map<number, number>([[0xe9, 0x65], [0xd6, 0x4f], [0xef, 0x69], [0x20ac, 0x45]]);
const ascii = labels.map((label) =>
  Array.from(label, (c) => {
    const cp = c.codePointAt(0) ?? 0x3f;
    return cp < 0x80 ? c : String.fromCodePoint(fallback.get(cp) ?? 0x3f);
  }).join(""),
);
console.log(ascii.join(" | "));

const root = String.raw`C:\sensors\logs`;
const file = String.raw`${root}\day-${7 + 1}.csv`;
console.log(file, file.length, String.raw`\d+\.\d{2}`.length);
console.log(String.fromCodePoint(0x48, 0x69, 0x20, 0x1f44b), String.fromCodePoint(), "x".codePointAt(1) === undefined);

const bars = Array.from({ length: 5 }, (_, level) => String.fromCodePoint(0x2581 + level * 2).repeat(level + 1));
console.log(bars.join(" "));
