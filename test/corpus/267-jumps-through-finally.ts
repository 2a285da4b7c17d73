// break, continue (also labelled) and return leaving try blocks run every finally in between, innermost
// first; a switch inside a try; a try inside a switch.
const trace: string[] = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      try {
        if (j === 1) continue outer;
        if (i === 2) break outer;
        trace.push(`${i}${j}`);
      } finally {
        trace.push("f1");
      }
    } finally {
      trace.push("f2");
    }
  }
}
console.log(trace.join(" "));

function classify(code: number): string {
  let result = "?";
  try {
    switch (code) {
      case 0:
        result = "zero";
        break;
      case 1:
        return "one";
      case 2:
        throw new Error("two is not allowed");
      default:
        result = "many";
    }
    result += "!";
  } catch (e) {
    result = "error: " + (e as Error).message;
  } finally {
    result = "[" + result + "]";
  }
  return result;
}
for (let c = 0; c < 4; c++) console.log(classify(c));

function search(grid: number[][], target: number): string {
  let visited = 0;
  try {
    for (let r = 0; r < grid.length; r++) {
      for (const v of grid[r]) {
        visited++;
        if (v === target) return `found ${target} in row ${r}`;
        if (v < 0) throw new RangeError("negative cell " + v);
      }
    }
    return "not found";
  } catch (e) {
    return (e as Error).name + " after " + visited;
  } finally {
    console.log("visited", visited);
  }
}
console.log(search([[1, 2], [3, 4]], 3));
console.log(search([[1, 2], [3, 4]], 7));
console.log(search([[1, -2], [3, 4]], 4));

let n = 0;
while (true) {
  try {
    n++;
    if (n < 3) continue;
    if (n === 5) break;
  } finally {
    console.log("tick", n);
  }
}
console.log("n", n);
