// A hoisted loop over an array variable that holds null: the range test fails (a null array has no elements)
// and the checked loop raises Node's TypeError at the first read, with the index in the message.
function makeTable(size: i32): i32[] | null {
  if (size <= 0) return null;
  const t: i32[] = [];
  for (let i: i32 = 0; i < size; i++) t.push(i);
  return t;
}
const good: i32[] = makeTable(4)!;
let s: i32 = 0;
for (let j: i32 = 0; j < 4; j++) s += good[j];
console.log("sum", s);
const table: i32[] | null = makeTable(0);
let t: i32 = 0;
for (let j: i32 = 0; j < 0; j++) t += table![j];
console.log("empty range", t);
for (let j: i32 = 2; j < 4; j++) t += table![j];
console.log("not reached", t);
