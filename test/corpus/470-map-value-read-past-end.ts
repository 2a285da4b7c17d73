// A Map<number, number> value stored from a number[] read past the end is undefined again for get(k) ?? d and
// === undefined, as in JavaScript (found by fuzzing: a mutant of corpus 322 stored args[7] and printed null).
const args: number[] = [4];
const pins = new Map<number, number>();
pins.set(args[0], args[7]);
console.log(pins.get(4) ?? -1, pins.get(4) === undefined, pins.has(4), pins.get(5) ?? -2);
