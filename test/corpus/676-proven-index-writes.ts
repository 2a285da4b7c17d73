// Element writes at an index a read has just proven in range are unchecked (proven-writes.ts). The proof must
// not outlive what can change it: the index moving, the array shrinking (pop, splice, length) in between, a
// call that may shrink it, a read on only one path, a loop's earlier iteration, another variable.
const base: i32[] = [5, 3, 9, 1, 7, 2, 8];

function swap(a: i32[], i: i32, j: i32): void {
  const t: i32 = a[i];
  a[i] = a[j];
  a[j] = t;
}

function shrink(a: i32[]): void {
  a.pop();
}

// A quicksort as the bench's: the swap reads both elements first.
function sort(a: i32[], lo: i32, hi: i32): void {
  while (lo < hi) {
    const pivot: i32 = a[(lo + hi) >> 1];
    let i: i32 = lo;
    let j: i32 = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t: i32 = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sort(a, lo, j);
      lo = i;
    } else {
      sort(a, i, hi);
      hi = j;
    }
  }
}

// Read at the last index, then the array shrinks: the write at that index appends (index == length).
function popThenWrite(a: i32[]): i32 {
  const k: i32 = a.length - 1;
  const v: i32 = a[k];
  a.pop();
  a[k] = v + 100;
  return a.length;
}

// The same through a call that shrinks the array.
function callThenWrite(a: i32[]): i32 {
  const k: i32 = a.length - 1;
  const v: i32 = a[k];
  shrink(a);
  a[k] = v + 200;
  return a.length;
}

// The index moves past the end between the read and the write.
function moveThenWrite(a: i32[]): i32 {
  let k: i32 = a.length - 1;
  const v: i32 = a[k];
  k++;
  a[k] = v + 300;
  return a.length;
}

// A read on one path of ?: proves nothing.
function conditionalRead(a: i32[], take: boolean): i32 {
  const k: i32 = a.length;
  const v: i32 = take ? a[k - 1] : a.length > 0 && false ? a[k] : 0;
  a[k] = v + 1;
  return a.length;
}

// A read in an earlier loop iteration: the loop body pops.
function loopPops(a: i32[]): i32 {
  let k: i32 = 0;
  let n: i32 = 0;
  while (n < 3) {
    if (n > 0) a[k] = n;
    k = a.length - 1;
    n += a[k] > -1 ? 1 : 1;
    a.pop();
  }
  return a.length;
}

// A shrink through another name of the same array.
function aliasShrinks(a: i32[], b: i32[]): i32 {
  const k: i32 = a.length - 1;
  const v: i32 = a[k];
  b.splice(0, 2);
  a[k - 2] = v;
  return a.length;
}

// `length = ` in between.
function lengthThenWrite(a: i32[]): i32 {
  const k: i32 = a.length - 1;
  const v: i32 = a[k];
  a.length = k;
  a[k] = v * 2;
  return a.length;
}

const sorted: i32[] = base.slice();
sort(sorted, 0, sorted.length - 1);
console.log(sorted);
const swapped: i32[] = base.slice();
swap(swapped, 0, 6);
swap(swapped, 3, 3);
console.log(swapped);

const p: i32[] = base.slice();
console.log(popThenWrite(p), p);
const c: i32[] = base.slice();
console.log(callThenWrite(c), c);
const m: i32[] = base.slice();
console.log(moveThenWrite(m), m);
const q: i32[] = base.slice();
console.log(conditionalRead(q, true), conditionalRead(q, false), q);
const l: i32[] = base.slice();
console.log(loopPops(l), l);
const s: i32[] = base.slice();
console.log(aliasShrinks(s, s), s);
const n: i32[] = base.slice();
console.log(lengthThenWrite(n), n);

// Booleans and bytes.
const flags: boolean[] = [true, false, true];
const f0: boolean = flags[0];
flags[0] = flags[2];
flags[2] = !f0;
flags.pop();
flags[2] = f0;
console.log(flags);
const bytes: u8[] = [250, 3, 4];
let bi: i32 = 0;
const b0: u8 = bytes[bi];
bytes[bi] = b0 - 240;
bi = 3;
bytes[bi] = b0;
console.log(bytes);
