// Issue 11: a filter stage passed as an argument (`runStage(stages[i], x)`) that is past the end of the
// stage table is undefined inside the callee; calling it raises Node's "stage is not a function", catchable
// two calls up, and a sample pipeline reports it and keeps the samples it already filtered.
type Stage = (x: number) => number;

const stages: Stage[] = [(x) => x * 0.5, (x) => Math.min(x, 100), (x) => Math.round(x)];
const history: number[] = [];

function runStage(stage: Stage, x: number): number {
  const y = stage(x);
  history.push(y);
  return y;
}

function pipeline(order: number[], sample: number): number {
  let v = sample;
  for (const i of order) v = runStage(stages[i], v);
  return v;
}

const plans = [[0, 2], [1, 0, 2], [0, 5, 2], [2]];
for (const plan of plans) {
  try {
    console.log(`plan ${plan.join(">")}:`, pipeline(plan, 333.3));
  } catch (e) {
    if (e instanceof TypeError) console.log(`plan ${plan.join(">")} failed: ${e.message}`);
  }
}
console.log(history.length, history.join(" "));
