// Each iteration of a for-let loop has its own binding; closures see their own iteration's value.
const fns: Array<() => number> = [];
for (let i = 0; i < 5; i++) fns.push(() => i * 10);
console.log(fns.map((f) => f()).join(","));
const fns2: Array<() => string> = [];
for (const name of ["a", "b", "c"]) fns2.push(() => name + name);
console.log(fns2.map((f) => f()).join(","));
const fns3: Array<() => number> = [];
let j = 0;
while (j < 3) {
  const k = j * j;
  fns3.push(() => k);
  j++;
}
console.log(fns3.map((f) => f()).join(","));
const fns4: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  fns4.push(() => i);
  i += 0.5;
}
console.log(fns4.map((f) => f()).join(","));
let outer = 0;
const fns5: Array<() => number> = [];
for (let i = 0; i < 3; i++) fns5.push(() => outer + i);
outer = 100;
console.log(fns5.map((f) => f()).join(","));
const bumpers: Array<() => number> = [];
for (let i = 0; i < 2; i++) bumpers.push(() => ++i);
console.log(bumpers[0](), bumpers[0](), bumpers[1]());
