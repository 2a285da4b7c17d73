// throw new Error ends the program: the output before the throw is printed, nothing after it.
function check(n: number): number {
  if (n > 3) throw new Error("value too large: " + n);
  return n * 2;
}
for (let i = 0; i < 10; i++) console.log("check", i, check(i));
console.log("never printed");
