// Array literals, index get/set, length, push/pop/shift/unshift and their return values.
const a: number[] = [3, 1, 4];
console.log(a.length, a[0], a[2], a.join(","));
console.log(a.push(1, 5), a.join(","));
console.log(a.pop(), a.shift(), a.join(","), a.length);
console.log(a.unshift(9, 2), a.join(","));
a[1] = 7;
a[a.length] = 6;
console.log(a.join(","), a.length);
const empty: number[] = [];
console.log(empty.length, empty.join(",") === "", String(empty.pop()), String(empty.shift()));
const names: Array<string> = ["ann", "bob"];
names.push("cy");
console.log(names.join(" & "), names.length, String(names));
a.length = 2;
console.log(a.join(","), a.length);
const bools = [true, false, true];
console.log(bools.join("/"), bools[1]);
