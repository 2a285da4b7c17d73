// A reading past the end of a number[] is undefined: arithmetic on it is NaN even where the other operand
// changes nothing (`* 1`, `/ 1`, `- 0`, which g++ folds away unless it honours signalling NaNs), and
// JSON.stringify leaves such a member out of an object (null in an array), as Node does.
interface Reply {
  id: number;
  result: number;
  message: string;
}
const samples: number[] = [20, 22];
const scale = 1;
const offset = 0;
for (const i of [0, 1, 2]) {
  const v = samples[i];
  console.log(i, v * scale, v / scale, v - offset, v * 1, v + offset, String(v * 1));
}
const reply: Reply = { id: 7, result: samples[1.5], message: "late" };
console.log(JSON.stringify(reply));
console.log(JSON.stringify([samples[5], samples[0]]), JSON.stringify({ last: samples[samples.length] }));
class Failure extends Error {}
try {
  throw new Failure("");
} catch (e) {
  console.log(String(e), (e as Error).message.length);
}
throw new Failure("");
