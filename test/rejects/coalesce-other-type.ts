// `nums[9] ?? "none"` is typed number by TypeScript (a number[] element is not nullish), but past the end the
// value is the string, which a double cannot hold: rejected (g++ failed on it before).
const nums: number[] = [1];
console.log(/*@error TSD2231 giving '"none"' after a value typed 'number'*/nums[1] ?? "none");
