// A tuple's join(), toString() and length, also when its elements have different types (a generated record
// then: join and toString g++-failed or printed [object Object], length g++-failed).
const t2: [number, number] = [3, 4];
console.log(t2.join("+"), t2.map((x) => x * 2).join(","), t2.indexOf(4), t2.includes(5), t2.length);
console.log(t2.concat([5]).join(" "), t2.toString(), String(t2));
const t: [number, string] = [1, "a"];
console.log(t.toString(), String(t), `${t}`);
console.log(t.length);
const t3: [number, string] = [1, "a"];
console.log(t3.join("-"), t3.join(), t3.toString(), t3.length);
let n = 0;
function next(): [string, number, boolean] { n++; return ["k" + n, n * 1.5, n % 2 === 0]; }
function sep(): string { n += 10; return "|" + n; }
console.log(next().join(sep()), next().length, n, next().toString());
const u: [string | undefined, number | null, string] = [undefined, null, "z"];
console.log(u.join("/"), u.length, `${u}`);
class P { pair: [number, string] = [2, "b"]; }
const p = new P();
console.log(p.pair.join(":"), p.pair.length);
const sepU: string | undefined = undefined;
console.log(t3.join(sepU));
const ro: readonly [number, string] = [5, "e"];
console.log(ro.join(" "), ro.length);
