// A remainder of int32 loop counters where a ts::Num is expected (a conditional with a Num branch, issue 12):
// g++ rejected `c ? Num : ts::mod(int, double)` (fuzz g912538); results include -0 from a negative dividend.
class Counter {
  static count = 3;
}
let total = 0;
for (let j = 0; j < 6; j++) {
  const v = j > 2 ? Counter.count : j % 2;
  total += v;
  console.log(j, v, j % 4 === 1 ? total : j % 3, (j < 3 ? total : -j) % 5);
}
