// indexOf on a tuple whose elements have different types: the tuple is a record, without array methods.
const entry: [string, number] = ["a", 1];
console.log(entry./*@error TSD2286 on the tuple type*/indexOf(1));
