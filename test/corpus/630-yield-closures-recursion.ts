// Yield checks (issue 17) in closures: a function whose loops check on the clock keeps the deadline in a
// local (TSD_CLOCK_SCOPE) that closures inside it may capture; recursive arrow functions whose body is an
// expression check in the branch that recurses; an int32 copy of a pure recursion checks on its results.
function work(n: number): number {
  let s = "";
  let total = 0;
  for (let i = 0; i < n; i++) {
    s += "ab";
    if (s.length > 64) s = "";
    total += s.length;
  }
  const again = (k: number): number => {
    let t = 0;
    for (let j = 0; j < k; j++) t += ("x" + j).length;
    return t;
  };
  const rec = (k: number, acc: string): number => (k === 0 ? acc.length : rec(k - 1, acc.length > 50 ? "" : acc + String(k)));
  return total + again(n) + rec(300, "");
}

const fibArrow = (n: number): number => (n < 2 ? n : fibArrow(n - 1) + fibArrow(n - 2));

function tri(n: number): number {
  if (n <= 0) return 0;
  return n + tri(n - 1);
}

function pairs(n: number, k: number): number {
  return k === 0 || k === n ? 1 : pairs(n - 1, k - 1) + pairs(n - 1, k);
}

console.log(work(3000), fibArrow(18), tri(200), pairs(16, 8));
console.log(tri(2.5), pairs(5, 2), fibArrow(-1));
