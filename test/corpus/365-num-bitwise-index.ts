// Bitwise operators on integral `number` values (issue 12): their int32 (or uint32 for >>>) results are
// numbers again, used as indices, mixed with arithmetic, and past 2^31 they wrap exactly as ToInt32 says.
function mid(lo: number, hi: number): number {
  return (lo + hi) >> 1;
}
function hash(h: number, c: number): number {
  return ((h << 5) - h + c) | 0;
}
const xs = [5, 8, 13, 21, 34, 55, 89];
let lo = 0;
let hi = xs.length - 1;
while (lo < hi) {
  const m = mid(lo, hi);
  if (xs[m] < 30) lo = m + 1;
  else hi = m;
}
console.log(lo, xs[lo], mid(2147483647, 2147483647), mid(-7, 0), mid(3, 4));
let h = 0;
const text = "the quick brown fox jumps over the lazy dog";
for (let i = 0; i < text.length; i++) h = hash(h, text.charCodeAt(i));
console.log(h, h >>> 0, h >>> 28, h >> 28, ~h, h & 0xffff, h ^ -1);
let big = 4294967296;
big = big + 5;
console.log(big | 0, big >> 1, big >>> 1, (big * 3) | 0, -big | 0);
let neg = -1;
neg = neg * 5;
console.log(neg >>> 0, neg >>> 1, neg << 30, (neg << 31) / 2, neg & 3);
