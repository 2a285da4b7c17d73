// Unicode property escapes (\p{…}) are not compiled by tsduino: the diagnostic names them.
const letters = new RegExp(/*@error TSD2107 property escapes*/"\\p{L}+", "u");
console.log(letters.test("abc"));
