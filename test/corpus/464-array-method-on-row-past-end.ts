// An array method called on a row read past the end of a nested array throws Node's TypeError naming the
// method: "Cannot read properties of undefined (reading 'map')" (found by fuzzing: a mutant of corpus 33
// whose transpose stayed empty).
const rows: number[][] = [[1, 2], [3, 4]];
console.log(rows[1].map((x) => x * 2).join(","), rows[0].indexOf(2), rows[1].slice(1).length);
const empty: number[][] = [];
console.log(empty.length, rows[2] === undefined);
console.log(empty[0].map((x) => x + 1).join(" "));
