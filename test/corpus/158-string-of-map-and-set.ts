const m = new Map<string, number>();
m.set("a", 1);
const s = new Set<number>([1, 2]);
let none: Map<string, number> | undefined = undefined;
console.log(String(m), `${s}`, "m=" + m, String(none));
