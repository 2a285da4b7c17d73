// A call that may throw inside an array literal that is an argument (lowered into a container of statements
// because it is evaluated after the receiver's operands): g++ rejected the lambda's pending-error test ('return-statement
// with no value, in function returning ts::Array<double>'; generator, seed 176 of --everyday); now a GNU statement
// expression, so the error jumps to the catch and the rest of the statement does not run.
class SizeError extends Error {
  name = "SizeError";
}
function size(n: number): number {
  if (n > 4) throw new SizeError("too big: " + n);
  return n;
}
let xs: number[] = [1];
let sink = 0;
for (let round = 0; round < 3; round++) {
  try {
    L: for (let i = 0; i < 3; i++) {
      {
        if (i > 1) break L;
        xs = [xs.pop() ?? i, 3.75].concat([parseFloat("1e3"), (sink += 1), new Array<number>(size(round + i * 3)).fill(i).length]).slice(0, 8);
        console.log(round, i, xs, sink);
      }
    }
  } catch (e) {
    if (e instanceof SizeError) console.log("caught", e.message, sink, xs);
  } finally {
    console.log("finally", round);
  }
}
