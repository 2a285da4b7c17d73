// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 10107 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 10107
// line 9: node "InfinityInfinity" ours ""
// Node prints:
//   
//   
//   
//   
//   
//   
//   
//   
//   InfinityInfinity
//   
//   
//   
// tsduino prints:
//   
//   
//   
//   
//   
//   
//   
//   
//   
//   
//   
//   
// signature: MISMATCH g10107
let v1: string = "Infinity";
let v2: boolean = false;
enum E6 {
}
class C8 {
  static count: number = 1;
  a: number;
  s: string;
  private hidden: number = 0.1;
  constructor(a: number, s: string) {
    this.a = a;
    this.s = s;
    C8.count += 1;
  }
}
for (let i32 = -4; i32 < 4; i32 += 0.5) {
  console.log((!(i32 && true) ? (v1 + v1) : "straße".repeat(0)));
}
