// Spread in array literals is not supported yet: use concat().
const a = [1, 2, 3];
const b = [0, /*@error TSD2111 spread*/...a];
console.log(b.join(","));
