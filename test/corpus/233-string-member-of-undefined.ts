// Fuzz finding m-85-231: a string method called on a `string[]` element read past the end stops with Node's
// TypeError naming the member ("... of undefined (reading 'charAt')"), not a generic message.
const maze = ["S.#.....", ".##.###.", "....#..E"];
let found = -1;
for (let r = 0; r < maze.length; r++) {
  if (maze[r].indexOf("E") >= 0) found = r;
}
console.log("found", found, maze[2].charAt(7), maze[0].length);
const row = found + 1;
console.log(maze[row].charAt(0) === "E");
