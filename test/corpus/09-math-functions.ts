// Math functions and constants; transcendental results are printed through toFixed(12) so that the test
// checks the function, not the last bit of two different libm implementations.
console.log(Math.PI, Math.E);
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.pow(2, 10), Math.pow(2, -2), Math.pow(9, 0.5));
const f = (x: number): string => x.toFixed(12);
console.log(f(Math.exp(1)), f(Math.log(10)), Math.log(1), Math.exp(0), Math.log(0), Math.log(-1));
console.log(f(Math.sin(1)), f(Math.cos(1)), f(Math.tan(1)), Math.sin(0), Math.cos(0));
console.log(f(Math.atan2(1, 1)), f(Math.atan2(-1, -1)), Math.atan2(0, 1), Math.atan2(0, -1) === Math.PI);
console.log(Math.max(3, 9, 1), Math.min(3, 9, 1), Math.max(-1, -5), Math.min(4));
console.log(Math.abs(-3.5), Math.abs(-0), Math.sqrt(0.25));
const r = Math.random();
console.log(r >= 0 && r < 1 ? "random in range" : "random out of range");
