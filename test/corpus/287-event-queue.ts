// An event queue of anonymous records: a generic priority queue holding { at, kind, data }, handlers
// destructuring their events, optional fields, records returned from methods and compared by identity.
class Queue<T> {
  private items: { priority: number; item: T }[] = [];
  push(item: T, priority: number): void {
    const entry = { priority, item };
    let i = this.items.length;
    while (i > 0 && this.items[i - 1].priority > priority) i--;
    this.items.splice(i, 0, entry);
  }
  pop(): T | undefined {
    const first = this.items.shift();
    return first?.item;
  }
  get size(): number {
    return this.items.length;
  }
}

function firstOf<T>(xs: T[]): T | undefined {
  return xs.length > 0 ? xs[0] : undefined;
}

type Event = { at: number; kind: string; data?: number[]; source?: string };
const queue = new Queue<Event>();
queue.push({ at: 30, kind: "report" }, 3);
queue.push({ at: 10, kind: "sample", data: [3, 4, 5], source: "adc0" }, 1);
queue.push({ at: 20, kind: "sample", data: [7], source: "adc1" }, 1);
queue.push({ at: 5, kind: "boot" }, 0);

const totals = { samples: 0, sum: 0, sources: [] as string[] };
const seen: Event[] = [];
while (queue.size > 0) {
  const event = queue.pop();
  if (!event) break;
  seen.push(event);
  const { at, kind, data = [], source = "?" } = event;
  switch (kind) {
    case "sample": {
      const [head, ...tail] = data;
      totals.samples += data.length;
      totals.sum += data.reduce((a, b) => a + b, 0);
      totals.sources = [...totals.sources, source];
      console.log(at, kind, source, head, tail.length);
      break;
    }
    case "report":
      console.log(at, kind, totals.samples, totals.sum, totals.sources.join("+"));
      break;
    default:
      console.log(at, kind, event.data?.length ?? "no data", event.source ?? "system");
  }
}
const first = firstOf(seen);
console.log(first?.kind, first === seen[0], seen.indexOf(seen[2]), seen.length);
const latest = seen.reduce((a, b) => (b.at > a.at ? b : a));
console.log(latest.kind, latest.at);
// Anonymous types and tuples of type parameters, instantiated at each call.
function tagged<T>(tag: string, value: T): { tag: string; value: T; pair: [string, T] } {
  return { tag, value, pair: [tag, value] };
}
const tn = tagged("n", 42);
const tt = tagged("s", "x");
const [label, payload] = tagged("e", seen[1]).pair;
console.log(tn.value + 1, tt.value.toUpperCase(), tn.pair[0], tt.pair[1], label, payload.at);
