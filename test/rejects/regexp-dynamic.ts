// Patterns are compiled at build time: a RegExp made from a string known only at run time is rejected.
const pattern = "a+" + "b";
const re = /*@error TSD2190 string literals*/new RegExp(pattern);
console.log(re.test("aab"));
