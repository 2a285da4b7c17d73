// Generic functions instantiated with several types (monomorphised by the compiler).
function identity<T>(x: T): T {
  return x;
}
function maxBy<T>(items: T[], key: (item: T) => number): T {
  let best = items[0];
  for (const it of items) if (key(it) > key(best)) best = it;
  return best;
}
function mapArray<A, B>(xs: A[], f: (a: A) => B): B[] {
  const out: B[] = [];
  for (const x of xs) out.push(f(x));
  return out;
}
function swap<T>(xs: T[], i: number, j: number): void {
  const t = xs[i];
  xs[i] = xs[j];
  xs[j] = t;
}
function firstOr<T>(xs: T[], fallback: T): T {
  return xs.length > 0 ? xs[0] : fallback;
}
console.log(identity(5), identity("s"), identity(true));
console.log(maxBy([3, 9, 2], (x) => x), maxBy(["aa", "b", "cccc"], (s) => s.length));
console.log(mapArray([1, 2, 3], (x) => "n" + x).join(","), mapArray(["a", "bb"], (s) => s.length).join(","));
const arr = ["x", "y", "z"];
swap(arr, 0, 2);
const nums = [1, 2];
swap(nums, 0, 1);
console.log(arr.join(""), nums.join(""));
console.log(firstOr([], "empty"), firstOr([7], 0), firstOr<number>([], -1));
