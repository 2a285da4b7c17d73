// A name that does not exist.
console.log(/*@error TS2304 cannot find name*/undefinedVariable + 1);
