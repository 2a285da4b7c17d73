// for-in enumerates property names at run time; iterate a Map or an array with for-of instead.
const scores = { ann: 1, bob: 2 };
/*@error TSD2103 for-in|for...in*/for (const name in scores) {
  console.log(name);
}
