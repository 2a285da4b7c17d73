// A method called on a union of interfaces that declare it separately: classes are dispatched by their
// ClassInfo chain (corpus 584), which does not list every interface a class implements, so the value must be
// narrowed first.
interface Pinger {
  ping(): string;
}
interface Counter {
  count: number;
  ping(): string;
}
class Led implements Pinger {
  ping(): string { return "led"; }
}
class Tally implements Counter {
  count = 1;
  ping(): string { return `tally ${this.count}`; }
}
function pick(i: number): Pinger | Counter {
  return i === 0 ? new Led() : new Tally();
}
console.log(pick(1)./*@error TSD2300 calling 'ping'*/ping());
