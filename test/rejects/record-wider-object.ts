// A record passed where a record of fewer properties is expected: JavaScript passes the same object, tsduino's
// records are C++ classes of one shape each.
const reading = { sensor: "t1", value: 21.5, unit: "C" };
function show(r: { sensor: string; value: number }): string {
  return r.sensor + "=" + r.value;
}
console.log(show(/*@error TSD2012 cannot be used as*/reading));
