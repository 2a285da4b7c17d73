// A ternary (or an assignment) in parentheses as the condition of another ternary keeps its parentheses in
// C++: `(c ? false : true) ? "a" : "b"` was lowered as `c ? false : true ? ...`, which g++ rejects when the
// branches are a bool and a string (generator seed 20261184) and which would silently regroup otherwise.
let flag = false;
let n = 0;
console.log((flag ? false : false) ? "b".split("a").join("+") : "".slice(-1, 5) + "empty");
console.log((n > 0 ? true : false) ? 1 : 2, (flag ? n : n + 1) ? "one" : "zero");
for (let i = 0; i < 3; i++) {
  const s = (i % 2 === 0 ? i > 0 : flag) ? "even>0" : "other";
  console.log(i, s, !(i ? false : true) ? "t" : "f");
}
let b = false;
console.log((b = n === 0) ? "assigned true" : "assigned false", b);
if ((flag ? true : n === 0) && !(n ? true : false)) console.log("if ok");
