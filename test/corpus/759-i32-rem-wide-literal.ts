// An i32 `%` by an integer literal beyond int32 (mutant m-719-try-loop-uncaught-later-77000477): computed
// in i64 as AssemblyScript does, where ts::irem(int32_t, long long) did not compile.
function measure(x: i32): i32 {
  if (x % 9007199254740993 === 4) return -1;
  return x % 4294967296;
}
let acc: i32 = 5;
acc %= 9007199254740993;
const big: i64 = 9007199254740993;
let y: i32 = -7;
console.log(measure(4), measure(-9), measure(2147483647), acc, y % 4294967296, 12 % big);
