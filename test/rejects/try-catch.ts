// try/catch is not supported yet (the runtime has no exceptions; errors end the program).
/*@error TSD2104 try*/try {
  console.log("inside");
} catch (e) {
  console.log("caught");
}
