// Primitive-array parameters of functions that only compute, write elements and call functions of the same
// kind are const references (borrowed-params.ts); where a function could change what its caller passed
// (assigns a global array, assigns the parameter, calls a method, is taken as a value) it keeps its copy.
const data: i32[] = [9, 4, 7, 1, 8, 2];

function sum(xs: i32[], from: i32, to: i32): i32 {
  let s: i32 = 0;
  for (let i: i32 = from; i < to; i++) s += xs[i];
  return s;
}

function swapEnds(xs: i32[]): void {
  const t: i32 = xs[0];
  xs[0] = xs[xs.length - 1];
  xs[xs.length - 1] = t;
}

// Writes past the end (appends) through the parameter: the caller's array grows.
function extend(xs: i32[], n: i32): i32 {
  for (let i: i32 = 0; i < n; i++) xs[xs.length] = i;
  return sum(xs, 0, xs.length);
}

let other: i32[] = [1, 2, 3];
// Assigns the global that its caller passed: the parameter must keep the array it was given.
function replaceGlobal(xs: i32[]): i32 {
  other = [100, 200];
  return xs[0] + xs.length + other[0];
}

// Assigns its parameter.
function reassign(xs: i32[]): i32 {
  xs = [7];
  return xs[0];
}

function pushes(xs: i32[]): void {
  xs.push(42);
}

function recurse(xs: i32[], i: i32): i32 {
  if (i >= xs.length) return 0;
  xs[i] = xs[i] * 2;
  return xs[i] + recurse(xs, i + 1);
}

console.log(sum(data, 0, 6), sum(data, 2, 4));
swapEnds(data);
console.log(data);
console.log(extend(data, 3), data.length, data);
console.log(replaceGlobal(other), other);
console.log(reassign(data), data.length);
pushes(data);
console.log(data[data.length - 1], recurse(data, 0), data);
// Called from a closure over the array.
const prefix = (n: i32): i32 => sum(data, 0, n);
console.log(prefix(2), prefix(4));
// An empty range reads nothing.
const empty: i32[] = [];
console.log(sum(empty, 0, 0), sum(data, 3, 3));
