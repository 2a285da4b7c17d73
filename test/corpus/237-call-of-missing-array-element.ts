// Fuzz mutant m-39-20161: calling a function stored in an array past its end stops with Node's TypeError
// naming the callee ("bumpers[2] is not a function"; ours said "value is not a function").
const bumpers: Array<() => number> = [];
for (let i = 0; i < 2; i++) bumpers.push(() => ++i);
console.log(bumpers[0](), bumpers[0](), bumpers[1]());
const format: Array<(n: number) => string> = [(n) => "x" + n, (n) => n.toFixed(1)];
console.log(format[0](3), format[1](2.25), (format[1])(7));
console.log(bumpers[bumpers.length]());
