// Construction order of ES2022 class fields: a base class's field initializers run before its parameters'
// defaults, parameter properties are assigned after both; a derived class's fields run right after super().
const log: string[] = [];
function note(what: string, value: number): number {
  log.push(what);
  return value;
}
class Sensor {
  readings: number = note("field readings", 0);
  scale: number = this.calibrate();
  constructor(public offset: number, public gain: number = note("default gain", 2)) {
    log.push("body");
  }
  calibrate(): number {
    this.bump();
    return 10;
  }
  bump(): void {
    this.readings += 1;
  }
}
class Thermo extends Sensor {
  unit: string = "C" + note("field unit", 1);
  constructor(public id: number) {
    super(note("super arg", 0.5));
    log.push("derived body");
  }
}
const s = new Sensor(1.5);
console.log(s.offset, s.gain, s.readings, s.scale);
const t = new Thermo(7);
console.log(t.id, t.unit, t.offset, t.gain, t.readings);
console.log(log.join(" | "));
console.log(Object.keys(t).join(","));
