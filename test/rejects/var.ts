// var has function scope and hoisting; use let or const.
/*@error TSD2117 var*/var counter = 0;
counter++;
console.log(counter);
