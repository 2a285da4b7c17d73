// Benchmark: sorting numbers with a comparator and strings with the default (string) order.
let seed = 12345;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}
const nums: number[] = [];
for (let i = 0; i < 200000; i++) nums.push(next() % 1000000);
nums.sort((a, b) => a - b);
let ordered = true;
for (let i = 1; i < nums.length; i++) if (nums[i - 1] > nums[i]) ordered = false;
const words: string[] = [];
for (let i = 0; i < 40000; i++) words.push("w" + (next() % 100000));
words.sort();
console.log("ordered", ordered, "min", nums[0], "max", nums[nums.length - 1], "median", nums[100000], "first", words[0], "last", words[words.length - 1]);
