// map() builds a number[] (its callback returns number); an i32[] is a type of its own, so it cannot hold that
// array (TypeScript sees both as number[], so only tsduino can say so).
const xs: i32[] = [3, 1, 2];
const doubled: i32[] = /*@error TSD2191 xs.map*/xs.map((v) => v * 2);
console.log(doubled);
