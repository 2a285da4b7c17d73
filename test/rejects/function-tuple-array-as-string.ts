// An array of [label, callback] tuples converted to a string joins each tuple's elements, the callbacks' source
// texts included, under Node: rejected (found by fuzzing: a mutant of corpus 481 logged String(steps)).
const steps: [string, () => number][] = [["read", () => 3]];
console.log(String(/*@error TSD2167 function converted to a string*/steps));
const pair: [number, ((x: number) => number) | undefined] = [1, undefined];
console.log(`pair ${/*@error TSD2167 function converted to a string*/pair}`);
