// Nested function declarations are hoisted: a function declared after the locals it uses, one declared before
// them (the closure exists from the top of the block), and functions calling each other in either order.
function outer(): number {
  const local: number[] = [];
  local.push(4);
  let count = 0;
  function inner(k: number): number {
    count++;
    return local[k] * 2 + helper();
  }
  const base = 10;
  function helper(): number {
    return base + count;
  }
  const r = inner(0);
  return r + inner(0) + count;
}
console.log(outer());

function early(): string {
  function show(): string {
    return `${label}:${items.join("+")}`;
  }
  const label = "items";
  const items = ["a", "b"];
  items.push("c");
  return show();
}
console.log(early());

function parity(n: number): string {
  function isEven(k: number): boolean {
    return k === 0 ? true : isOdd(k - 1);
  }
  function isOdd(k: number): boolean {
    return k === 0 ? false : isEven(k - 1);
  }
  return `${n} is ${isEven(n) ? "even" : "odd"}`;
}
console.log(parity(7), parity(10));
