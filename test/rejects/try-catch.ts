// try/catch is not supported yet (the runtime has no exceptions; errors end the program).
/*@error try*/try {
  console.log("inside");
} catch (e) {
  console.log("caught");
}
