// A name that does not exist.
console.log(/*@error cannot find name*/undefinedVariable + 1);
