// Updates used as values on element and field lvalues, with JavaScript's evaluation order: the receiver and
// the key are evaluated once, before the right side; the value is the new (prefix, compound) or old (postfix)
// number. Array and Uint8Array elements (wrapping stores), tuple elements, fields of Map values, fields reached
// through a call, logical assignment, and `obj.field = f()` where C++17 would evaluate the right side first.
let log = "";
function L<X>(tag: string, v: X): X {
  log += tag;
  return v;
}
function flush(label: string, ...values: (number | string)[]): void {
  console.log(label, values.join(" "), `[${log}]`);
  log = "";
}
let calls = 0;
function f(): number {
  calls++;
  log += "f";
  return calls * 10;
}

const a = [1, 2, 3, 4];
let i = 0;
const r1 = (a[i++] += f());
flush("a[i++] += f()", r1, i, a.join(","));
flush("a[i++] -= f()", (a[i++] -= f()), i, a.join(","));
flush("ordered", (L("o", a)[L("k", 2)] *= L("r", 4)), L("o", a)[L("k", 3)]++, --L("o", a)[L("k", 0)], a.join(","));
let idx = 0;
flush("index twice", (a[idx++] += a[idx++]), idx, a.join(","));

const slots: (number | undefined)[] = [undefined, 2];
flush("??=", (L("o", slots)[L("k", 0)] ??= L("r", 8)), (L("o", slots)[L("k", 1)] ??= L("r", 9)), (slots[0] ||= 1), slots.join(","));

const bytes = new Uint8Array([255, 0, 200]);
const b0 = bytes[0]++;
flush("u8 post", b0, bytes[0]);
flush("u8 values", --bytes[1], (bytes[2] += 100), (bytes[2] *= 3), (bytes[1] >>= 1), bytes.join(","));
flush("u8 order", (L("o", bytes)[L("k", 2)] -= L("r", 50)), L("o", bytes)[L("k", 1)]--, bytes.join(","));

const pair: [number, string, number] = [1, "p", 5];
const t0 = pair[0]++;
flush("tuple", t0, ++pair[2], (pair[1] += "q"), (pair[2] *= 4), pair[0], pair[1], pair[2]);
flush("tuple order", (L("o", pair)[0] += L("r", 1)), L("o", pair)[2]--, (L("o", pair)[1] = L("r", "s")), pair[0], pair[1], pair[2]);

interface Cell {
  count: number;
  name: string;
}
const cells = new Map<string, Cell>([["a", { count: 1, name: "x" }]]);
const c1 = cells.get("a")!.count++;
const c2 = ++cells.get("a")!.count;
const c3 = (cells.get("a")!.count += 10);
flush("map value", c1, c2, c3, cells.get("a")!.count);
flush("map order", (L("m", cells).get(L("k", "a"))!.count -= L("r", 3)), L("m", cells).get(L("k", "a"))!.count++, (L("m", cells).get(L("k", "a"))!.name += L("r", "y")));
flush("field =", (L("m", cells).get(L("k", "a"))!.count = L("r", 40)), cells.get("a")!.count);
L("m", cells).get(L("k", "a"))!.name = L("r", "w");
flush("field = stmt", cells.get("a")!.name);

const words = ["a", "b"];
flush("strings", (words[0] += "z"), (words[1] += 3), words.join(","));
const grid = [
  [1, 2],
  [3, 4],
];
flush("rows", grid[1][0]++ + (grid[0][1] -= 10), JSON.stringify(grid));
