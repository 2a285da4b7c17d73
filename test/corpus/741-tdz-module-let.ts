// A module-level let/const read or written by a function that runs before its declaration: Node's
// ReferenceError "Cannot access 'x' before initialization", catchable; after the declaration the same
// function sees the value.
function show(): void {
  console.log("count is", count);
}
function bump(): void {
  count += 10;
}
function reset(): void {
  count = 0;
}
const twice = (): number => LIMIT * 2;

for (const f of [show, bump, reset]) {
  try {
    f();
  } catch (e) {
    console.log((e as Error).message);
  }
}
try {
  console.log(twice());
} catch (e) {
  console.log((e as Error).name, (e as Error).message, e instanceof ReferenceError, e instanceof Error);
}
// A callback run at once (not a variable's initialiser) before the declaration.
try {
  [1, 2].forEach((n) => console.log(n + total));
} catch (e) {
  console.log(String(e));
}

let count = 5;
const LIMIT = 21;
let total = 100;
show();
bump();
show();
reset();
show();
console.log(twice());
[1, 2].forEach((n) => console.log(n + total));
