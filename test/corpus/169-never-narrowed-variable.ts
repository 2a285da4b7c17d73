// A variable narrowed to `never` in a dead branch (`v ? v : v` right after `v = true`, generator seed 30168)
// is read in its declared representation (g++: 'bool_from' is not a member of 'ts').
let items: number[] = [];
let on: boolean = true;
let n: number = 31;
let s: string = "x";
if (!(items.length && (on ? on : on))) console.log("not both");
console.log(on ? on : on, (on ? on : on) ? "yes" : "no");
n = 5;
console.log(n === 5 ? n : n, s === "x" ? s : s + "!");
let flag: boolean = false;
console.log(flag ? flag : flag, String(flag ? flag : flag));
