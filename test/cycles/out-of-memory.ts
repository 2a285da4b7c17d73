// Allocates until the heap is gone: a string doubled in a loop. Node stops at its string length limit with a
// RangeError; tsduino at the end of the heap (after a full collection), with a RangeError naming this line.
console.log("start");
let s = "0123456789abcdef";
for (let i = 0; i < 40; i++) {
  s = s + s; // @oom
}
console.log("unreachable", s.length);
