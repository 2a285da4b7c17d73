// JSON.parse needs a declared type to read into: `JSON.parse(text) as T`.
const text = '{"a":1}';
console.log(/*@error TSD2005 JSON.parse without a declared type*/JSON.parse(text));
