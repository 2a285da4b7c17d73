// Compound assignment on an array element declared `number | undefined` (or `string | undefined`) that
// narrowing made a number (a string): the element is read as the number, combined, and stored back. The
// generated C++ multiplied the optional itself and g++ failed (fuzz mutant m-700-…-64100019: `??=` → `*=`).
const slots: (number | undefined)[] = [undefined, 2, undefined];
slots[1] ??= 8;
console.log(slots.join(), (slots[1] *= 3));
slots[0] = 5;
slots[0] -= 1.5;
slots[0] **= 2;
slots[0] %= 7;
console.log(slots[0], slots.join());
slots[2] = 6;
slots[2] |= 9;
slots[2] <<= 2;
slots[2] >>>= 1;
const shifted = (slots[2] ^= 3);
console.log(shifted, slots.join("/"));
const labels: (string | undefined)[] = ["a", undefined];
labels[1] ??= "b";
labels[1] += "c";
const joined = (labels[1] += labels[0]);
console.log(joined, labels.join("|"));
let k = 0;
const probe: (number | undefined)[] = [1, 1];
probe[1] = 10;
probe[1] /= (k = 4);
console.log(probe[1], k, probe.join());
