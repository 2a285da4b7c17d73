// A JavaScript label belongs to its statement, a C++ label to the whole function: the same label on sibling
// loops (top level and inside a function, with break and continue) must not collide. Found by the program
// generator once many programs shared one module (seeds 20261132, 20261157: duplicate label / jump to label).
let log = "";
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    log += `${i}${j} `;
  }
}
outer: for (let i = 0; i < 3; i++) {
  const k = i * 2;
  for (let j = 0; j < 3; j++) {
    if (k + j > 3) break outer;
    log += `${k + j} `;
  }
}
outer_2: for (let i = 0; i < 2; i++) {
  if (i === 1) break outer_2;
  log += "x ";
}
console.log(log);

function scan(xs: number[]): string {
  let out = "";
  found: for (const x of xs) {
    for (let d = 2; d < x; d++) {
      if (x % d === 0) continue found;
    }
    out += x + ",";
  }
  found: {
    for (const x of xs) {
      if (x > 8) break found;
    }
    out += "none>8";
  }
  let n = 0;
  found: do {
    n++;
    if (n < 3) continue found;
    break found;
  } while (n < 10);
  return out + " " + n;
}
console.log(scan([2, 3, 4, 5, 6, 7]));
console.log(scan([9, 11]));
