// Breadth-first search on a grid with an array queue (push/shift) and a Set of visited cells.
const maze = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "...#..#E"];
const h = maze.length;
const w = maze[0].length;
const seen = new Set<number>();
const queue: number[][] = [[0, 0, 0]];
seen.add(0);
let answer = -1;
while (queue.length > 0) {
  const cur = queue.shift();
  if (cur === undefined) break;
  const r = cur[0];
  const c = cur[1];
  const d = cur[2];
  if (maze[r].charAt(c) === "E") {
    answer = d;
    break;
  }
  const moves = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  for (const m of moves) {
    const nr = r + m[0];
    const nc = c + m[1];
    if (nr < 0 || nc < 0 || nr >= h || nc >= w) continue;
    if (maze[nr].charAt(nc) === "#" || seen.has(nr * w + nc)) continue;
    seen.add(nr * w + nc);
    queue.push([nr, nc, d + 1]);
  }
}
console.log("shortest path", answer, "visited", seen.size);
