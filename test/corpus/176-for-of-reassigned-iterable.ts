// for-of iterates the value the iterable had when the loop began, even when the body assigns the variable
// (generator seed 50478: a string reassigned inside its own for-of crashed with SIGSEGV on the host).
let s = "abc";
for (const c of s) {
  s = ("ü" + c).slice(0, 10);
  console.log(c, s);
}
let xs = [1, 2, 3];
for (const x of xs) {
  xs = [x * 10];
  console.log(x, xs.join(","));
}
let text = "hey";
function reset(): void {
  text = "zz";
}
for (const c of text) {
  reset();
  console.log(c, text);
}
const m = new Map<string, number>([["a", 1], ["b", 2]]);
let mm = m;
for (const [k, v] of mm) {
  mm = new Map<string, number>();
  console.log(k, v, mm.size);
}
