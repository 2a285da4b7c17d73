// tsduino fuzz finding: MISMATCH on host (session 5, fuzz helper; not fixed)
// origin: mutant of test/corpus/406-telemetry-batch-json.ts (mutant seed 7001355, corpus of commit b5fa35a..d973459),
// hand-minimised. Spreading an element read past the end (`{ ...batches[0], n: 1 }` on an empty array):
// JavaScript spreads nothing; ours dereferences it: "Uncaught TypeError: Cannot read properties of null or undefined".
// (A record of the declared type without its required fields cannot be built: rejecting it, or a TypeError naming
// the spread, may be the right answer.)
// signature: MISMATCH m-406-telemetry-batch-json-7001355
interface Batch {
  device: string;
  n: number;
}
const batches: Batch[] = [];
const emptied: Batch = { ...batches[0], n: 1 };
console.log(JSON.stringify(emptied));
