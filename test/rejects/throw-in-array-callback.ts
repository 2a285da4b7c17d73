// A callback the runtime calls in its own loop (forEach, map...) cannot throw: that loop would go on.
const values = [1, 2, -3];
try {
  values.forEach(/*@error TSD2262 callback*/(v) => {
    if (v < 0) throw new RangeError("negative");
    console.log(v);
  });
} catch (e) {
  console.log("caught");
}
