// `new Uint8Array(length)` converts the length as ToIndex does: a fraction is truncated (a buffer sized from a
// computed count such as bytes / 8 * 1.5), NaN is 0, and -0.5 is 0; a negative length is a RangeError that
// names it. Found by fuzzing: a mutant of corpus 35 (6 → 1.5) stopped with a RangeError where Node made 1 byte.
function frameBuffer(bits: number): Uint8Array {
  return new Uint8Array(bits / 8);
}
const sizes = [12, 1.5 * 8, 7, 0, -4, 20.9];
for (const bits of sizes) {
  const b = frameBuffer(bits);
  b.fill(0xa5);
  console.log(bits, b.length, b.join(","));
}
const odd = new Uint8Array(1.5);
odd[0] = 300;
console.log(odd.length, odd[0], odd[1]);
console.log(new Uint8Array(NaN).length, new Uint8Array(0.999).length);
const bad = new Uint8Array(-1);
console.log("never", bad.length);
