// `o.list!.length`, `o.list!.join()` and `rows[9].length` of an array that is undefined at run time: Node's
// TypeError names the member, and a try block (or one in a calling function) catches it.
interface Settings {
  channels?: number[];
  label?: string;
}
const empty: Settings = {};
const full: Settings = { channels: [4, 2, 9], label: "ok" };

function channelCount(s: Settings): number {
  return s.channels!.length;
}
function firstRowWidth(rows: string[][]): number {
  return rows[5].length;
}

for (const s of [full, empty]) {
  try {
    console.log("count", channelCount(s), s.channels!.join("/"), s.channels!.indexOf(9));
  } catch (e) {
    console.log("caught", e instanceof TypeError, (e as Error).message);
  }
  try {
    console.log("label", s.label!.length);
  } catch (e) {
    console.log("caught", (e as Error).message);
  }
}
try {
  console.log(firstRowWidth([["a"]]));
} catch (e) {
  console.log("caught", (e as Error).message);
}
const grid: number[][] = [[1, 2], [3]];
let cells = 0;
for (let i = 0; i < grid.length; i++) cells += grid[i].length;
console.log("cells", cells);
try {
  console.log(grid[4].length);
} catch (e) {
  console.log("caught", (e as Error).message);
}
