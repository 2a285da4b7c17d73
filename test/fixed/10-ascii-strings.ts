// String variables that only ever hold ASCII text read code units and the length from their bytes
// (compiler/src/lower/ascii-strings.ts); one written anywhere with other text (a function's result, a ?: branch,
// another variable, a template) keeps the decoding path. (In range only: AssemblyScript's charCodeAt gives -1
// past the end where JavaScript gives NaN.)
function wide(k: i32): string {
  return k > 0 ? "é\u{1F600}" : "a";
}
let built = "";
for (let i: i32 = 0; i < 20; i++) built += "k" + i.toString() + (i % 3 == 0 ? "!" : "?");
let mixed = "ab";
mixed = wide(1);
let branch = "cd";
branch = built.length > 3 ? "ë" : "e";
let copy = "x";
copy = mixed + "y";
let templ = "q";
templ = `${built.length}ü`;
const all: string[] = [built, mixed, branch, copy, templ];
let line = "";
for (let k: i32 = 0; k < 5; k++) {
  const s = all[k];
  let sum: i32 = 0;
  for (let i: i32 = 0; i < i32(s.length); i++) sum = (sum * 31 + i32(s.charCodeAt(i))) % 65521;
  line += i32(s.length).toString() + ":" + sum.toString() + " ";
}
let sb: i32 = 0;
for (let i: i32 = 0; i < i32(built.length); i++) sb = (sb * 7 + i32(built.charCodeAt(i))) % 65521;
let sm: i32 = 0;
for (let i: i32 = 0; i < i32(mixed.length); i++) sm = sm * 7 + i32(mixed.charCodeAt(i));
let sc: i32 = 0;
for (let i: i32 = 0; i < i32(copy.length); i++) sc = sc * 7 + i32(copy.charCodeAt(i));
console.log(line + i32(built.length).toString() + " " + sb.toString() + " " + i32(mixed.length).toString() + " " + sm.toString() + " " +
  i32(branch.length).toString() + " " + i32(branch.charCodeAt(0)).toString() + " " + i32(copy.length).toString() + " " + sc.toString() + " " +
  i32(templ.length).toString() + " " + i32(templ.charCodeAt(i32(templ.length) - 1)).toString());
