// A variable initialised from a fixed-width array without an annotation is the same array (not a converted
// copy): writes through either name are seen by both, and for-of reads the elements as numbers.
const samples: i32[] = [1, 2, 3];
let alias = samples;
alias.push(2147483647);
alias[0] += 41;
console.log(samples.join(",") + " " + (samples === alias ? "same" : "copy"));
const bytes: u8[] = [250, 3];
const view = bytes;
view[0] += 10;
console.log(bytes[0].toString() + " " + view.length.toString());
function makeWords(): i32[] {
  return [2147483647, -5];
}
const words = makeWords();
words[0] += 1;
let total: i32 = 0;
for (let i: i32 = 0; i < alias.length; i++) total += alias[i];
console.log(words[0].toString() + " " + total.toString());
