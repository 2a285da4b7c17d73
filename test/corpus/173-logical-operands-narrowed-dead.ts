// Operands narrowed to null or to a type that makes the other side dead: `n && "x"` right after `n = null`,
// `flag ?? Number(s)` with a boolean flag (corpus mutants m-61-nullish-5502, m-154-…-5507: g++ errors).
let n: number | null = null;
console.log(n === null, n && "was null", n || "fallback");
let s: string | undefined = undefined;
console.log(String(s && "set"), s || "none");
const flag: boolean = false;
console.log((flag || flag) ?? Number("0x1f") ? "1e3" : "é", (flag ?? 5) ? "t" : "f");
n = 3;
console.log(n && "three", n ?? -1);
