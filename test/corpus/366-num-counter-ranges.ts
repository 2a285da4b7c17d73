// Loop counters that start at a product of other counters and step by one (issue 12): stored as int32 only
// when their range provably stays inside int32; near or past 2^31 they stay numbers and print exactly.
const N = 50;
let marks = 0;
for (let i = 2; i <= N; i++) {
  for (let j = i * i; j <= N; j += i) marks++;
}
console.log("marks", marks);
let sum = 0;
for (let i = 1; i <= 3; i++) {
  for (let j = i * 1000000000; j < i * 1000000000 + 3; j++) sum += j;
  for (let k = i * 715827882; k > i * 715827882 - 2; k--) console.log(i, k, k * 3);
}
console.log("sum", sum);
for (let i = 46339; i <= 46342; i++) {
  for (let j = i * i; j < i * i + 2; j += 1) console.log(i, j, j + 1);
}
let down = 0;
for (let i = 10; i > 0; i -= 3) {
  for (let j = i * -5; j < 0; j += i) down += j;
}
console.log("down", down);
for (let i = 0; i < 3; i++) {
  for (let j = i - 2; j <= i; j++) console.log(i, j, -j, 0 * j, j % 2);
}
