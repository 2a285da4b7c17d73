// Like the mutants of seed 20000 that named no member: an element, length or store of a nested array read
// past the end stops with Node's TypeError naming the index or member ("... (reading '1')").
const grid: number[][] = [[1, 2], [3, 4]];
console.log(grid[1][0], grid[0].length, grid.length);
const lengths = grid.map((row) => row.length).join(",");
console.log(lengths);
const r = 2;
console.log(grid[r][1]);
