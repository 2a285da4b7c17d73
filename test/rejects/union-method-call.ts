// A method called on a union whose members declare it separately (no common base class declaring it):
// C++ has no structural dispatch, so the value must be narrowed first.
class Led {
  blink(): string { return "led"; }
}
class Buzzer {
  blink(): string { return "buzz"; }
}
function pick(i: number): Led | Buzzer {
  return i === 0 ? new Led() : new Buzzer();
}
const out = pick(1);
console.log(out./*@error TSD2300 calling 'blink'*/blink());
