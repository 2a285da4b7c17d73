// String(x), concatenation with every primitive, and template literals with expressions and nesting.
console.log(String(1), String(true), String(null), String(undefined), String(-0), String(1.5e-7));
console.log("a" + 1 + 2, 1 + 2 + "a", "x" + true + null + undefined, 1 + "" + 2);
const n: number | null = null;
const u: string | undefined = undefined;
console.log("n=" + n + ", u=" + u);
const name = "world";
const count = 3;
console.log(`hello ${name}, ${count} times, ${count * 2.5} total, ${count > 2}`);
console.log(`nested ${`inner ${name.toUpperCase()}`} done`);
console.log(`${1}${2}${"3"}`, `${null} ${undefined}`, `line1
line2`);
console.log(`\`backticks\` and \${not interpolated}`);
const items = ["a", "b"];
console.log(`${items.length} items: ${items.join("+")}`);
