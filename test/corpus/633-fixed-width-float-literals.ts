// Mutant m-718-…-64800054 (`? 1 : 0` → `? 1e21 : 0` in an i32 context) failed in g++: an integral literal
// past 64 bits was spelled `1e+21LL` (and `100000000000000000000LL` is too large for C++). A literal that
// AssemblyScript reads as a float (`1e21`, `2.5e9`) converts into a fixed-width integer as a number does
// (saturating, test/fixed/12-float-literal-conversions.ts); here those branches are never taken, so Node's
// doubles and the fixed-width values agree.
function scale(x: i32): i32 {
  return x * 3;
}
function bump(i: i32): i32 {
  const extra: i32 = i % 4096 === 4095 ? 1e21 : 0;
  return extra + (i === -1 ? 2.5e9 : 1);
}
let total: i32 = 0;
for (let i: i32 = 0; i < 100; i++) total = total + bump(i) + scale(i < 0 ? 1e21 : 2);
console.log("total", total);
let level: u8 = 3;
let ticks: u32 = level > 200 ? 1e20 : 5;
const row: i32[] = [1, 2, level > 250 ? -1e21 : 3];
let wide: i64 = level === 0 ? 1e300 : 40;
if (level > 1e21) level = 1e30;
total += level === 0 ? 1e21 : 7;
ticks *= level < 0 ? 4.5e9 : 2;
console.log(level, ticks, row.join(","), wide, total);
