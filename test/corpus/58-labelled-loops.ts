// Labelled break and continue out of nested loops, and do/while loops.
const found: string[] = [];
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 3) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found.join(" "));
let count = 0;
rows: for (const row of [[1, 2, -1, 4], [5, 6], [7, -1, 9]]) {
  for (const v of row) {
    if (v < 0) continue rows;
    count += v;
  }
}
console.log(count);
let n = 0;
do {
  n++;
} while (n < 5);
console.log(n);
let m = 10;
do m++;
while (m < 5);
console.log(m);
let k = 0;
search: while (true) {
  k++;
  let inner = 0;
  while (inner < 10) {
    inner++;
    if (k * inner === 24) break search;
  }
}
console.log(k);
