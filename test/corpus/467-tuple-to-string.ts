// String() of a tuple, and of an array of tuples, joins the elements with "," as arrays do (found by fuzzing:
// a mutant of corpus 429 logged String(rows) of [string, number, number] rows and printed [object Object]).
const rows: [string, number, number][] = [["t1", 0, 65536.5], ["a1", 1, -0.5]];
const t: [string, number] = ["x", 1];
const nested: [number[], string] = [[1, 2], "y"];
console.log(String(rows), String(t), `${t}`, "t=" + t, rows.join(";"), String(nested));
console.log([t, t].toString());
