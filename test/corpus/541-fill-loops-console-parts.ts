// Counting loops that only push a literal (one bulk append), and console.log's parts written one by one.
const N = 12;
const flags: boolean[] = [];
for (let i = 0; i <= N; i++) flags.push(false);
flags[3] = true;
const zeros: number[] = [1];
for (let i = 5; i < 9; i++) zeros.push(0);
const none: string[] = [];
for (let i = 3; i < 3; i++) none.push("never");
for (let i = 4; i <= 2; i++) none.push("never");
const words: string[] = ["a"];
for (let k = -2; k < 1; k += 1) words.push("é");
console.log(flags.length, flags[3], flags[12], flags.join(""));
console.log(zeros, none.length, words);
let counter = 0;
for (let i = 0; i < 3; i++) {
  zeros.push(i);
  counter++;
}
console.log(zeros.length, counter);

console.log();
console.log("one");
console.log("a", "", "b", 1.5, -0, true, null, undefined);
console.log("\ud83d", "\ude00", "\ud83d\ude00", "x\ud83d");
console.log("π ≈", 3.14159, "naïve", [1, 2], ["two"]);
console.error("to stderr", 42);
console.log("after", "error");
