// A string built by += from elements of a packed number[] (some past the end): the ASCII append path prints
// undefined for them (g++ failed: the append's int32 test did not compile for ts::Opt<double>).
const xs: number[] = [];
for (let i = 0; i < 5; i++) xs.push(i * 3);
let s = "";
for (let m = 0; m < 7; m++) s += xs[m] + ";";
console.log(s);
let t = "v:";
t += xs[2] + "," + xs[9];
console.log(t, s.length);
