// tsduino fuzz finding: MISMATCH on host
// origin: generated, seed 11369 (minimised by statement deletion); reproduce the original: npm run fuzz -- --count 1 --seed 11369
// line 1: node "true undefined" ours "key undefined 65535"
// Node prints:
//   true undefined
//   key undefined 65535
//   
// tsduino prints:
//   key undefined 65535
//   
// signature: MISMATCH g11369
let v1: string = "key";
let v2: number[] = [1234567.891, 65535];
function may4(k: number): string | undefined {
  return undefined;
}
function f8(p9: string): number {
  for (let i10 = 0; i10 < 1; i10++) {
    if (!(i10 && (v1 !== v1))) {
      let v13: number = ~(v1.length);
      console.log(((v13 + 9007199254740991) !== parseInt("é", 2)), "1e3".at(7));
    } else {
    }
  }
  return `${(2147483647 - 65535)}|${p9}`.charCodeAt(3);
}
console.log(v1, String(may4(f8(v1))?.length), v2.pop());
