// MQTT-style topic handlers: an abstract BaseHandler implementing Handler, handlers that extend it and
// implement Handler and Retained, a union of two of them assigned to Retained (an interface both implement,
// not their common base class), handlers kept in a Map by topic and sorted through the interface, payloads
// parsed as JSON, errors caught.
interface Handler {
  readonly topic: string;
  handle(payload: string): string | undefined;
}
interface Retained {
  last?: string;
  replay(): string;
}

abstract class BaseHandler implements Handler {
  count = 0;
  constructor(readonly topic: string) {}
  protected tick(): number {
    return ++this.count;
  }
  abstract priority(): number;
  abstract handle(payload: string): string | undefined;
}

class SwitchHandler extends BaseHandler implements Handler, Retained {
  last?: string;
  state = false;
  handle(payload: string): string | undefined {
    this.tick();
    if (payload !== "ON" && payload !== "OFF") return undefined;
    this.state = payload === "ON";
    this.last = payload;
    return `switch ${this.topic} -> ${this.state}`;
  }
  replay(): string {
    return `${this.topic}=${this.last ?? "never"}`;
  }
  priority(): number {
    return 2;
  }
}

interface Setpoint {
  target: number;
  mode: string;
}

class ThermostatHandler extends BaseHandler implements Handler, Retained {
  last?: string;
  setpoint: Setpoint = { target: 20, mode: "auto" };
  handle(payload: string): string | undefined {
    this.tick();
    try {
      const sp = JSON.parse(payload) as Setpoint;
      this.setpoint = sp;
      this.last = payload;
      return `thermostat ${sp.mode} ${sp.target.toFixed(1)}`;
    } catch (e) {
      return e instanceof SyntaxError ? `bad json on ${this.topic}` : "error";
    }
  }
  replay(): string {
    return `${this.topic}=${JSON.stringify(this.setpoint)}`;
  }
  priority(): number {
    return 1;
  }
}

class LogHandler extends BaseHandler {
  lines: string[] = [];
  handle(payload: string): string | undefined {
    this.lines.push(`${this.tick()}:${payload}`);
    return undefined;
  }
  priority(): number {
    return 3;
  }
}

function makeStateful(kind: number, topic: string): SwitchHandler | ThermostatHandler {
  return kind === 0 ? new SwitchHandler(topic) : new ThermostatHandler(topic);
}

const routes = new Map<string, Handler>();
const retained: Retained[] = [];
for (const [kind, topic] of [[0, "home/lamp"], [1, "home/heat"], [0, "home/fan"]] as [number, string][]) {
  const h = makeStateful(kind, topic);
  const asHandler: Handler = h;
  routes.set(topic, asHandler);
  retained.push(h);
}
const log = new LogHandler("home/#");
routes.set(log.topic, log);

const inbox: [string, string][] = [
  ["home/lamp", "ON"],
  ["home/heat", '{"target":21.5,"mode":"eco"}'],
  ["home/fan", "maybe"],
  ["home/heat", "{oops"],
  ["home/garage", "OPEN"],
  ["home/lamp", "OFF"],
];
for (const [topic, payload] of inbox) {
  const h = routes.get(topic) ?? routes.get("home/#");
  const reply = h?.handle(payload);
  console.log(topic, "->", reply ?? "(no reply)");
}
console.log(retained.map((r) => r.replay()).join(" | "));
const ordered = [...routes.values()].sort((a, b) => {
  const pa = a instanceof BaseHandler ? a.priority() : 9;
  const pb = b instanceof BaseHandler ? b.priority() : 9;
  return pa - pb || (a.topic < b.topic ? -1 : 1);
});
console.log(ordered.map((h) => h.topic).join(", "));
console.log(log.lines, routes.get("home/heat"));
