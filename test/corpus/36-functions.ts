// Function declarations, recursion, calls before the declaration and mutual recursion.
console.log(fib(20), factorial(10), factorial(20));
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
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
  hanoi(n - 1, from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(4, "A", "C", "B");
console.log(moves.length, moves.slice(0, 5).join(" "));
function noReturn(): void {
  console.log("side effect");
}
noReturn();
