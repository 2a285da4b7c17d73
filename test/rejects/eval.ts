// eval would need a JavaScript interpreter on the chip.
const code = "1 + 1";
console.log(/*@error eval*/eval(code));
