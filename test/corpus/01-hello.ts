// console.log of every primitive kind, several arguments separated by spaces, and empty strings.
console.log("hello, world");
console.log(42);
console.log(true, false);
console.log(null);
console.log(undefined);
console.log("a", 1, "b", 2.5, true, null, undefined);
console.log("");
console.log("", "");
console.log();
console.log("multi\nline");
