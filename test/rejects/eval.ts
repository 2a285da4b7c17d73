// eval would need a JavaScript interpreter on the chip.
const code = "1 + 1";
console.log(/*@error TSD2005 eval*/eval(code));
