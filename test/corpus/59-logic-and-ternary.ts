// Short-circuit && and || (value-returning on the same type), nested ternaries and side-effect order.
const calls: string[] = [];
function t(name: string): boolean {
  calls.push(name);
  return true;
}
function f(name: string): boolean {
  calls.push(name);
  return false;
}
console.log(f("a") && t("b"), t("c") || f("d"), f("e") || t("f"), t("g") && f("h"));
console.log(calls.join(""));
function str(v: string): string {
  return v;
}
function num(v: number): number {
  return v;
}
console.log(str("") || "default", str("value") || "default", str("") && "never", str("x") && "y");
console.log(num(0) || 42, num(7) || 42, num(0) && 42, num(7) && 42, num(0 / 0) || -1);
function grade(score: number): string {
  return score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : "F";
}
console.log([95, 85, 75, 10].map(grade).join(""));
const nan = 0 / 0;
console.log(!nan, !!str("0"), !!str(""), !num(0), !num(-0), !num(1));
