// Indexing a row read past the end of a nested array (`b[k][j]` with k too large) throws Node's TypeError
// naming the index: "Cannot read properties of undefined (reading '0')" (found by fuzzing: a mutant of
// corpus 33 multiplied a 2x3 matrix by a 2x2 one).
function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((sum, v, k) => sum + v * b[k][j], 0)));
}
const m: number[][] = [
  [1, 2],
  [3, 4],
];
console.log(String(multiply(m, m)));
const words: string[][] = [["a", "b"]];
console.log(words[0][1], words[0][5] === undefined, words[3] === undefined);
const flags: boolean[][] = [[true]];
console.log(flags[0][0], flags.length);
console.log(String(multiply([[1, 2, 3]], m)));
