// Fuzz mutant m-114-20379: new Array<number>(0.5) stops with Node's "RangeError: Invalid array length" (ours read
// past the end later); the elements of new Array<number>(n) read as undefined and join empty, as holes do.
const buf: number[] = new Array<number>(4).fill(0);
buf[1] = 5;
console.log(buf.join(","));
const raw = new Array<number>(3);
console.log(raw.join(","), raw.length, raw[1], raw[0] === undefined);
const names = new Array<string>(2);
console.log(names.join("-"), names[0] === undefined);
const half = 0.5;
console.log(new Array<number>(half).length);
