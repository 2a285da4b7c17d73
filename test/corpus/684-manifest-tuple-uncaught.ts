// Issue 11 (mutant m-515): without a try, reading a tuple element of an array element past the end stops
// with Node's exact message, naming the index: "Cannot read properties of undefined (reading '1')".
type Slot = [string, number];
const slots: Slot[] = [["ota_0", 0x10000], ["ota_1", 0x110000]];

function offsetOf(i: number): number {
  return slots[i][1];
}

for (let i = 0; i < 3; i++) console.log(slots.length > i ? slots[i][0] : "-", offsetOf(i).toString(16));
