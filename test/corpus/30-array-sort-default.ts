// sort() without a comparator compares elements as strings: numbers sort lexicographically.
const nums = [10, 9, 1, 100, 25, -1, -2, 3.5, 0];
console.log(nums.sort().join(","));
const words = ["banana", "apple", "Cherry", "apple2", "Apple"];
console.log(words.sort().join(","));
const same = [3, 1, 2];
const result = same.sort();
console.log(result === same, same.join(","));
console.log([1e21, 5, 1e-7, 40].sort().join(" "));
console.log(["b", "a", "é", "z", "😀", "日"].sort().join(" "));
