// A local variable read by a nested function that code above its declaration calls: Node throws a
// ReferenceError there; tsduino would need a flag shared with the closure, so it rejects the program.
function outer(): void {
  function inner(): string {
    return /*@error TSD2348 'name' may be used before its declaration runs*/name + "!";
  }
  console.log(inner());
  const name: string = "hi";
  console.log(inner());
}
outer();
