// An i32[] is AssemblyScript's array of 32-bit integers, a type of its own: a number[] cannot stand in for it
// (TypeScript sees both as number[], so only tsduino can say so).
function sum(xs: i32[]): i32 {
  let s: i32 = 0;
  for (let i: i32 = 0; i < xs.length; i++) s += xs[i];
  return s;
}
const readings: number[] = [4, 5, 6];
console.log(sum(/*@error TSD2191 readings*/readings));
