// Generic helpers over an interface (`T extends Metered`): the largest, a filter by threshold and a report,
// called with arrays of classes that extend a base class and implement the interface, and with the
// interface type itself; a generic class holding them (a ring of the last readings per device).
interface Metered {
  readonly name: string;
  usage(): number;
}
interface Resettable {
  reset(): void;
}

class Outlet {
  protected watts = 0;
  constructor(readonly name: string) {}
  plug(w: number): this {
    this.watts += w;
    return this;
  }
}
class SmartOutlet extends Outlet implements Metered, Resettable {
  private total = 0;
  usage(): number {
    this.total += this.watts;
    return this.total;
  }
  reset(): void {
    this.total = 0;
  }
}
class Battery implements Metered {
  constructor(readonly name: string, private level: number) {}
  usage(): number {
    this.level = Math.max(0, this.level - 7);
    return 100 - this.level;
  }
}

function largest<T extends Metered>(items: T[]): T | undefined {
  let best: T | undefined;
  let bestUsage = -1;
  for (const it of items) {
    const u = it.usage();
    if (u > bestUsage) {
      best = it;
      bestUsage = u;
    }
  }
  return best;
}

function over<T extends Metered>(items: readonly T[], limit: number): string[] {
  return items.filter((i) => i.usage() > limit).map((i) => i.name);
}

class History<T extends Metered> {
  private rows: string[] = [];
  constructor(private size: number) {}
  record(item: T): number {
    const u = item.usage();
    this.rows.push(`${item.name}=${u}`);
    if (this.rows.length > this.size) this.rows.shift();
    return u;
  }
  toString(): string {
    return this.rows.join(" ");
  }
}

const outlets = [new SmartOutlet("desk").plug(60).plug(15), new SmartOutlet("tv").plug(110), new SmartOutlet("lamp").plug(9)];
const meters: Metered[] = [...outlets, new Battery("ups", 90)];
const top = largest(outlets);
console.log(top?.name, top instanceof SmartOutlet);
console.log(largest(meters)?.name, over(meters, 100).join(","));
const history = new History<Metered>(4);
for (let i = 0; i < 3; i++) for (const m of meters) history.record(m);
console.log(String(history));
const resettable: Resettable[] = outlets;
resettable.forEach((r) => r.reset());
console.log(outlets.map((o) => o.usage()).join(" "), largest<Metered>([])?.name ?? "none");
const byName = new Map<string, Metered>();
for (const m of meters) byName.set(m.name, m);
console.log(byName.get("tv")?.usage(), byName.has("fan"), [...byName.keys()].join("|"));
console.log(outlets[1]);
