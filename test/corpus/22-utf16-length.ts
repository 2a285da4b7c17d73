// JavaScript's UTF-16 view of non-ASCII text: length, charCodeAt, indexing and slicing by code units.
const texts = ["héllo", "日本語", "😀", "a😀b", "naïve café", "Ωmega", "👍🏽", "x"];
for (const t of texts) console.log(t, t.length, t.charCodeAt(0), t.charCodeAt(t.length - 1));
const e = "a😀b";
console.log(e.indexOf("b"), e.slice(1, 3), e.slice(3), e[0], e.charCodeAt(1), e.charCodeAt(2));
console.log("日本語".charAt(1), "日本語".indexOf("語"), "日本語".slice(-2), "日本語".split("").length);
console.log("é".toUpperCase(), "Ü".toLowerCase(), "€".length, "€".charCodeAt(0));
console.log("😀😀".length, "😀😀".lastIndexOf("😀"), "ab😀".padStart(6, "·"), "·".repeat(3).length);
console.log(String.fromCharCode(0xd83d, 0xde00), String.fromCharCode(0xd83d, 0xde00) === "😀");
