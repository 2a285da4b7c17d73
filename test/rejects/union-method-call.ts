// A method called on a union where one member declares it as a method and another holds a closure in a
// property of that name: the members' own methods are dispatched by class (corpus 580-589), a function-typed
// property is not a method C++ can call the same way, so the value must be narrowed first.
class Led {
  blink(): string { return "led"; }
}
class Buzzer {
  blink = (): string => "buzz";
}
function pick(i: number): Led | Buzzer {
  return i === 0 ? new Led() : new Buzzer();
}
const out = pick(1);
console.log(out./*@error TSD2300 calling 'blink'*/blink());
