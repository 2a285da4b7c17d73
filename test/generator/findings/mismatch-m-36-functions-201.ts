// tsduino fuzz finding: MISMATCH on host
// origin: mutant of test/corpus/36-functions.ts, mutant seed 201: number 1 → -0 at line 25 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 0 --mutants 1 --mutant-seed 201
// line 1 differs:
//   node: "true true false"
//   host: ""
// Node prints:
//   true true false
//   9
//   
// tsduino prints:
//   
// Function declarations, recursion, calls before the declaration and mutual recursion.
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(7));
function ackermann(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3));
const moves: string[] = [];
function hanoi(n: number, from: string, to: string, via: string): void {
  if (n === 0) return;
  hanoi(n - (-0), from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(4, "A", "C", "B");
function noReturn(): void {
}
