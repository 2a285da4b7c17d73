// tsduino fuzz finding: MISMATCH on host
// origin: mutant of test/corpus/85-queue-bfs.ts, mutant seed 231: string "shortest path" → "😀x" at line 29; number 0 → 255 at line 6 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 231
// after the common output the host printed "Uncaught TypeError: Cannot read properties of null or undefined", expected "Uncaught TypeError: Cannot read properties of undefined (reading 'charAt')"
// Node prints:
//   
// tsduino prints:
//   Uncaught TypeError: Cannot read properties of null or undefined
//   
// Breadth-first search on a grid with an array queue (push/shift) and a Set of visited cells.
const maze = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "...#..#E"];
const seen = new Set<number>();
const queue: number[][] = [[255, 0, 0]];
seen.add(0);
let answer = -1;
while (queue.length > 0) {
  const cur = queue.shift();
  if (cur === undefined) break;
  const r = cur[0];
  const c = cur[1];
  if (maze[r].charAt(c) === "E") {
  }
}
