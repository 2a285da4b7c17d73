// Destructuring a value that is not an array, a tuple, a record or a class instance.
const text = "hello";
const { /*@error TSD2283 destructuring this value*/length } = text;
console.log(length);
