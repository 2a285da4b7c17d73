// A generic sensor registry: Registry<T extends Sensor> keyed by id, lookup returning T | undefined with
// ?? fallbacks, an abstract base with a template method, subclasses with their own fields; readings
// collected with flatMap into tuples and the registry printed with console.log.
abstract class Sensor {
  constructor(readonly id: string) {}
  abstract sample(t: number): number[];
  describe(): string {
    return `${this.kind()} ${this.id}`;
  }
  abstract kind(): string;
}
class Thermo extends Sensor {
  constructor(id: string, private offset: number) {
    super(id);
  }
  sample(t: number): number[] {
    return [20 + this.offset + (t % 3)];
  }
  kind(): string {
    return "thermo";
  }
}
class Accel extends Sensor {
  axes: string[] = ["x", "y", "z"];
  sample(t: number): number[] {
    return this.axes.map((_, i) => ((t + i) % 4) - 1.5);
  }
  kind(): string {
    return "accel";
  }
}

class Registry<T extends Sensor> {
  private byId = new Map<string, T>();
  add(sensors: T[]): this {
    for (const s of sensors) this.byId.set(s.id, s);
    return this;
  }
  get(id: string): T | undefined {
    return this.byId.get(id);
  }
  all(): T[] {
    return Array.from(this.byId.values());
  }
}

const reg = new Registry<Sensor>().add([new Thermo("t1", 0.5), new Accel("a1"), new Thermo("t2", -1)]);
console.log(reg.all().map((s) => s.describe()));
console.log(reg.get("t9")?.describe() ?? "no t9", reg.get("a1")?.describe());
const rows: [string, number, number][] = [0, 1, 2].flatMap((t) => reg.all().flatMap((s) => s.sample(t).map((v, i): [string, number, number] => [s.id, t, v + i / 10])));
console.log(rows.length, rows.filter(([id]) => id === "a1").length);
for (const [id, t, v] of rows.slice(0, 5)) console.log(id, t, v);
console.log(reg.get("t2"), reg.get("a1"));
