// Default parameters (also referring to earlier ones), optional parameters and explicit undefined.
function greet(name: string, greeting = "hello", punct: string = greeting === "hello" ? "!" : "?"): string {
  return greeting + ", " + name + punct;
}
console.log(greet("ann"));
console.log(greet("bob", "hi"));
console.log(greet("cy", undefined, "."));
function describe(x: number, unit?: string): string {
  if (unit === undefined) return "bare " + x;
  return x + " " + unit;
}
console.log(describe(3), describe(4, "kg"), describe(5, undefined));
function sum(a: number, b = a * 2, c?: number): number {
  return a + b + (c ?? 0);
}
console.log(sum(1), sum(1, 1), sum(1, 1, 1));
const arrow = (s: string, times = 2): string => s.repeat(times);
console.log(arrow("ab"), arrow("ab", 3));
