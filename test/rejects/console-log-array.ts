// console.log prints primitives only: printing an array directly is rejected (use join or String()).
const xs = [1, 2, 3];
console.log(/*@error TS2345 array|not assignable*/xs);
