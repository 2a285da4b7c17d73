// A traffic-light state machine with an enum, a switch and a transition log.
enum Light {
  Red,
  Green,
  Yellow,
}
class Controller {
  state = Light.Red;
  ticks = 0;
  log: string[] = [];
  step(): void {
    this.ticks++;
    const before = this.state;
    switch (this.state) {
      case Light.Red:
        if (this.ticks >= 3) this.state = Light.Green;
        break;
      case Light.Green:
        if (this.ticks >= 2) this.state = Light.Yellow;
        break;
      case Light.Yellow:
        this.state = Light.Red;
        break;
    }
    if (before !== this.state) {
      this.log.push(`${before}->${this.state}@${this.ticks}`);
      this.ticks = 0;
    }
  }
}
const c = new Controller();
for (let i = 0; i < 20; i++) c.step();
console.log(c.log.join(" "), c.state, c.ticks);
