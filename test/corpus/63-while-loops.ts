// while and for loops with break/continue, counting down, and a loop with an empty body.
let i = 0;
let evens = 0;
while (true) {
  i++;
  if (i > 20) break;
  if (i % 2 === 1) continue;
  evens += i;
}
console.log(evens, i);
let collatz = 27;
let steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  steps++;
}
console.log("collatz steps", steps);
let j = 10;
for (; j > 0; j -= 3);
console.log(j);
for (let a = 0, b = 10; a < b; a++, b--) if (b - a === 2) console.log("met", a, b);
let digits = 0;
for (let n = 987654321; n >= 1; n = Math.floor(n / 10)) digits++;
console.log("digits", digits);
