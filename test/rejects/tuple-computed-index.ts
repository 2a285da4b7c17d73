// A tuple element read with an index known only at run time: a tuple is a record of fixed fields.
const range: [number, number] = [10, 20];
for (let i = 0; i < 2; i++) console.log(range[/*@error TSD2285 computed index*/i]);
