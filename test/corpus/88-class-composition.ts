// Objects holding other objects, arrays of objects and closures that capture class instances.
class Engine {
  running = false;
  constructor(readonly hp: number) {}
  start(): void {
    this.running = true;
  }
}
class Wheel {
  constructor(public pressure: number) {}
}
class Car {
  readonly wheels: Wheel[] = [];
  constructor(readonly name: string, readonly engine: Engine) {
    for (let i = 0; i < 4; i++) this.wheels.push(new Wheel(30 + i));
  }
  status(): string {
    const pressures = this.wheels.map((w) => w.pressure).join("/");
    return `${this.name}: ${this.engine.hp}hp ${this.engine.running ? "on" : "off"} ${pressures}`;
  }
}
const shared = new Engine(150);
const a = new Car("a", shared);
const b = new Car("b", shared);
console.log(a.status(), "|", b.status());
const starters: Array<() => void> = [a, b].map((car) => () => car.engine.start());
starters[0]();
console.log(b.status());
b.wheels[2].pressure = 0;
const flat = [a, b].filter((car) => car.wheels.some((w) => w.pressure === 0)).map((c) => c.name);
console.log(flat.join(","), a.engine === b.engine);
