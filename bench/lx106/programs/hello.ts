// Benchmark: the smallest useful program, one line of output: the runtime's cost for printing.
console.log("hello, world");
