// var has function scope and hoisting; use let or const.
/*@error var*/var counter = 0;
counter++;
console.log(counter);
