// A local variable of a case clause read by a closure that code above its declaration calls: Node throws a
// ReferenceError there; a case clause has no block for the flag the closure would share, so tsduino rejects it
// (a function body or a block gets the flag: test/corpus/744-tdz-order.ts).
function run(k: number): void {
  switch (k) {
    case 1:
      const twice = (): number => /*@error TSD2348 'limit' may be used before its declaration runs*/limit * 2;
      console.log(twice());
      const limit = 3;
      console.log(twice());
      break;
    default:
      console.log("other");
  }
}
run(2);
