// A runtime RangeError raised by a method of a union of literals (`(c ? "ABC" : "x").repeat(n)`, the type
// "ABC" | "x") was not caught: the receiver was not seen as a string, so the call was not tested (generator
// --everyday, seed 551).
type Mode = "fast" | "slow";
function pick(n: number): Mode {
  return n > 0 ? "fast" : "slow";
}
const counts = [2, -1, 0];
for (const n of counts) {
  try {
    console.log((n > 1 ? "ab" : "c").repeat(n));
    console.log(pick(n).repeat(n + 1).length);
    const digits = n > 0 ? 2 : 101;
    console.log((n === 0 ? 1.5 : 2.25).toFixed(digits));
  } catch (e) {
    if (e instanceof RangeError) console.log("range", e.message);
    else console.log("other");
  } finally {
    console.log("after", n);
  }
}
