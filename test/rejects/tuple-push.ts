// push on a tuple: the tuple is a record with a fixed set of fields.
const pair: [number, number] = [1, 2];
pair./*@error TSD2286 on the tuple type*/push(3);
console.log(pair[0]);
