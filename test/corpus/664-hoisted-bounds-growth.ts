// Hoisted loops whose body grows the array it reads at the counter: an element written at another index
// appends (the storage moves when it grows), an inner loop appends many elements, nested loops index the same
// array with their own counters. Reads at the counter must see the moved storage.
const doubled: i32[] = [1, 2, 3, 4];
let acc: i32 = 0;
for (let i: i32 = 0; i < 4; i++) {
  acc += doubled[i];
  doubled[i + 4] = doubled[i] * 2;
}
console.log(acc, doubled, doubled.length);

const big: i32[] = [7, 8, 9];
let top: i32 = 3;
let seen: i32 = 0;
for (let i: i32 = 0; i < 3; i++) {
  for (let k: i32 = 0; k < 50; k++) {
    big[top] = big[i] + k;
    top++;
  }
  seen += big[i];
}
console.log(seen, big.length, big[3], big[52], big[152]);

// Nested counters over one array: the inner range depends on the outer counter.
const grid: i32[] = [];
const W: i32 = 6;
for (let i: i32 = 0; i < W * W; i++) grid.push(i % 7);
let diagonal: i32 = 0;
let below: i32 = 0;
for (let r: i32 = 0; r < W; r++) {
  diagonal += grid[r * W + r];
  for (let c: i32 = r * W; c < r * W + r; c++) below += grid[c];
}
console.log(diagonal, below);

// A while loop inside, moving its own index over the array read at the outer counter.
const runs: boolean[] = [true, true, false, true, false, false, true, true, true, false];
const R: i32 = 10;
let longest: i32 = 0;
for (let i: i32 = 0; i < R; i++) {
  if (!runs[i]) continue;
  let k: i32 = i;
  while (k < R && runs[k]) k++;
  if (k - i > longest) longest = k - i;
}
console.log("longest run", longest);

// Compound updates at the counter and a decrement inside the body.
const counts: i32[] = [0, 0, 0, 0, 0];
for (let i: i32 = 0; i < 5; i++) {
  counts[i] += i * 3;
  counts[i]++;
  counts[i] -= 1;
  --counts[i];
}
console.log(counts);
