// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10208 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10208
// ours stopped (exit 1) where Node went on: "Uncaught TypeError: Cannot read properties of null or undefined\n" 
// Node prints:
//   true  true
//   b undefined false
//   
// tsduino prints:
//   true  true
//   Uncaught TypeError: Cannot read properties of null or undefined
//   
// signature: MISMATCH g10208
class C6 {
  static count: number = 1;
  constructor(public a: number, public s: string) {
  }
}
class C7 {
  constructor(public a: number, public s: string) {
  }
  static make(n: number): C7 {
    return new C7(n, "Ωμέγα");
  }
}
function may12(k: number): C6 | undefined {
  if (k > 0) return new C6(k, "k2");
  return undefined;
}
function rec14(n: number): number {
  return n < 2 ? n : rec14(n - 1) + rec14(n - 2);
}
console.log((String("12px") !== ("12px".at(3) ?? "a,b,,c")), String.fromCharCode(65).charAt(4), true);
let v15: number = Infinity;
let v16: boolean = (String(`<${v15}>${"  42  "}`) === "Infinity".split("a").join(", "));
let v17: string = String(2147483648).padEnd(0);
let v20: C6 = new C6(v15, v17);
console.log(("Hello, World".length == v15) ? "tab\there" : "b", may12(rec14((v15 >>> 0) % 12))?.s.length, (v15 !== v15));
