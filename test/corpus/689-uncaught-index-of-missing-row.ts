// The TypeError of an int32 index into an array that is undefined (a row read past the end) is written by the
// same routine as a member read's (nullishAccess): Node's text, with the index as the member, uncaught here
// (no try anywhere), after the lines before it; the console lines of literals and integers come first.
const rows: i32[][] = [[1, 2, 3], [4, 5, 6]];
let total: i32 = 0;
for (let r: i32 = 0; r < rows.length; r++) total += rows[r][0] + rows[r][2];
console.log("total", total, "rows", rows.length);
function cell(r: i32, c: i32): i32 {
  const row: i32[] = rows[r];
  return row[c];
}
console.log("cell", cell(1, 2));
console.log("cell", cell(2, 1234567));
console.log("not reached");
