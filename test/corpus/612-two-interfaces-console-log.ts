// console.log of an instance of a class implementing two interfaces, in a program whose values of a union of
// records are printed by their dynamic class: the dispatcher cast every class back from ts::Object with a
// static_cast, which g++ rejects for a class reached through a virtual base (found by the --everyday
// generator's new breadth statements: every batch failed in g++).
interface Named {
  name: string;
}
interface Sized {
  size(): number;
}
class Led implements Named, Sized {
  constructor(public name: string, private pin: number) {}
  size(): number {
    return this.name.length + this.pin;
  }
  toString(): string {
    return `Led(${this.name}@${this.pin})`;
  }
}
interface Square {
  kind: "sq";
  side: number;
}
interface Circle {
  kind: "ci";
  r: number;
}
type Shape = Square | Circle;
function sizeOf(s: Sized): number {
  return s.size();
}
const led = new Led("status", 2);
const named: Named = led;
console.log(sizeOf(led), named.name, String(led), "at " + led, `${led}`, led);
const shapes: Shape[] = [{ kind: "sq", side: 2 }, { kind: "ci", r: 1.5 }];
console.log(shapes, JSON.stringify(shapes), [led, new Led("b", 0)]);
