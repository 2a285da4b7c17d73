// An uncaught use before the declaration runs: the program stops with Node's ReferenceError.
function label(): string {
  return `${prefix}-${counter}`;
}
let counter = 1;
console.log("before");
console.log(label());
const prefix = "dev";
console.log("never printed", label());
