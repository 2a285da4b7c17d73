// Fuzz finding g10403: `a.length = 3` on a number[] filled 0, so join printed "-2147483648" plus two zeros
// where Node prints the holes as empty. The new elements are undefined: join prints them empty and a read
// gives undefined, as Node's holes do.
let v1: number[] = [-2147483648];
v1.length = 3;
console.log(v1.join(""), v1.join("-"), v1.length, v1[1], v1[2] === undefined, v1[1] ?? 7, v1[0] === undefined);
console.log(`${v1[2]}`, v1[2] + 1, String(v1[1]));
v1.length = 1;
console.log(v1.join(","), v1.length);
const b: number[] = [1];
b.push(b[4]);
console.log(b[1] === undefined, b[0] === undefined, String(b[1]), b.join(), b[1] ?? -1);
