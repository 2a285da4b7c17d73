// Hoisted loops read their arrays through a pointer to the storage (loop-pointers.ts). Whatever may move the
// storage inside the loop must be followed by a fresh pointer: an element written past the end through the
// same variable or through another variable holding the same array (the storage grows and moves), an inner
// checked loop that appends, a read at the counter in the same statement as the append.
const a: i32[] = [1, 2, 3, 4];
const alias: i32[] = a;
let sum: i32 = 0;
for (let i: i32 = 0; i < 4; i++) {
  alias[i + 4] = a[i] * 10;  // appends through the alias: a's storage moves
  sum += a[i];
  a[i] += 1;
}
console.log(sum, a, a.length, alias === a);

// An inner loop that appends many elements while the outer one reads at its counter.
const grow: u8[] = [5, 6, 7];
let seen: i32 = 0;
let top: i32 = 3;
for (let i: i32 = 0; i < 3; i++) {
  seen += grow[i];
  for (let k: i32 = 0; k < 40; k++) {
    grow[top] = k + i;
    top++;
  }
  seen += grow[i] * 2;
}
console.log(seen, grow.length, grow[42], grow[122]);

// The append and the read at the counter in one statement: the read sees the element after the move.
const mixed: f64[] = [0.5, 1.5];
let total: f64 = 0;
for (let i: i32 = 0; i < 2; i++) {
  total += (mixed[i + 2] = mixed[i] * 4) + mixed[i];
}
console.log(total, mixed);

// Nested hoisted loops over one boolean array (the sieve's shape), counted with a plain check.
const N: i32 = 300;
const marks: boolean[] = [];
for (let i: i32 = 0; i <= N; i++) marks.push(false);
let primes: i32 = 0;
for (let i: i32 = 2; i <= N; i++) {
  if (!marks[i]) {
    primes++;
    for (let j: i32 = i * i; j <= N; j += i) marks[j] = true;
  }
}
console.log("primes", primes);

// The same shape where the inner range passes the end: the checked inner loop appends, the outer loop reads on.
const short: boolean[] = [false, false, false, false, false, false, false, false, false, false];
const M: i32 = 9;
let hits: i32 = 0;
for (let i: i32 = 2; i <= M; i++) {
  if (!short[i]) {
    hits++;
    for (let j: i32 = i * 2; j <= M + i; j++) short[j] = true;
  }
}
console.log("hits", hits, short.length, short[12], short[3]);
