// A hand-written JSON-like serializer over typed records, nested arrays and escaping.
interface Item {
  name: string;
  price: number;
  tags: string[];
  stock: number | null;
}
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else out += ch;
  }
  return out + '"';
}
function item(it: Item): string {
  const tags = "[" + it.tags.map(quote).join(",") + "]";
  const stock = it.stock === null ? "null" : String(it.stock);
  return `{"name":${quote(it.name)},"price":${it.price},"tags":${tags},"stock":${stock}}`;
}
const items: Item[] = [
  { name: "widget", price: 9.99, tags: ["a", "b"], stock: 3 },
  { name: 'say "hi"\n', price: 0.1 + 0.2, tags: [], stock: null },
  { name: "back\\slash", price: 1e21, tags: ["x"], stock: 0 },
];
console.log("[" + items.map(item).join(",") + "]");
