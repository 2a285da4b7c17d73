// A write at the counter into an array variable that is undefined: Node's "Cannot set properties of
// undefined" names the first index written.
let slots: i32[] | undefined;
const ready: i32[] = [0, 0, 0];
for (let j: i32 = 0; j < 3; j++) ready[j] = j * 2;
console.log(ready);
if (ready.length > 5) slots = ready;
for (let j: i32 = 7; j < 9; j++) slots![j] = 1;
console.log("not reached");
