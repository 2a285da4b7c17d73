// Was finding mix-json-parse-union (session 5 fix: JSON.parse into a discriminated union of records).
// An MQTT message handler: each payload is JSON.parsed into a discriminated union, destructured, switched on
// `kind`; a malformed payload is caught as Node's SyntaxError and counted, the state printed with console.log.
interface SetPoint { kind: "setpoint"; zone: string; celsius: number }
interface Relay { kind: "relay"; pin: number; on: boolean }
interface Reboot { kind: "reboot"; delayMs: number; reason?: string }
type Command = SetPoint | Relay | Reboot;

const setpoints = new Map<string, number>();
const pins: boolean[] = [false, false, false, false];
let errors = 0;

function apply(cmd: Command): string {
  switch (cmd.kind) {
    case "setpoint": {
      const { zone, celsius } = cmd;
      const old = setpoints.get(zone) ?? 20;
      setpoints.set(zone, celsius);
      return `zone ${zone}: ${old} -> ${celsius}`;
    }
    case "relay": {
      const { pin, on } = cmd;
      if (pin < 0 || pin >= pins.length) throw new RangeError(`no relay on pin ${pin}`);
      pins[pin] = on;
      return `relay ${pin} ${on ? "ON" : "off"}`;
    }
    case "reboot": {
      const { delayMs, reason = "unspecified" } = cmd;
      return `reboot in ${delayMs} ms (${reason})`;
    }
  }
}

function onMessage(topic: string, payload: string): void {
  try {
    const cmd = JSON.parse(payload) as Command;
    console.log(`[${topic}] ${apply(cmd)}`);
  } catch (e) {
    errors++;
    if (e instanceof SyntaxError) console.log(`[${topic}] bad json: ${e.message}`);
    else if (e instanceof Error) console.log(`[${topic}] ${e.name}: ${e.message}`);
  }
}

const inbox: [string, string][] = [
  ["home/cmd", '{"kind":"setpoint","zone":"kitchen","celsius":21.5}'],
  ["home/cmd", '{"kind":"relay","pin":2,"on":true}'],
  ["home/cmd", '{"kind":"relay","pin":7,"on":true}'],
  ["home/cmd", '{"kind":"setpoint","zone":"kitchen","celsius":19}'],
  ["home/cmd", '{"kind":"reboot","delayMs":500}'],
  ["home/cmd", '{"kind":"reboot","delayMs":0,"reason":"ota"}'],
  ["home/cmd", '{"kind":"relay","pin":1,"on":true'],
  ["home/cmd", "not json"],
  ["home/cmd", '{"kind":"setpoint","zone":"hall","celsius":-2.25}'],
];
for (const [topic, payload] of inbox) onMessage(topic, payload);
console.log(setpoints);
console.log(pins, errors);

// A batch of commands: a member of the union type, an array of it, and a whole array parsed at once.
interface Batch { id: string; first: Command; rest: Command[] }
const batch = JSON.parse('{"id":"b1","rest":[{"zone":"attic","kind":"setpoint","celsius":18},{"kind":"reboot","delayMs":5,"reason":"batch"}],"first":{"kind":"relay","pin":0,"on":true}}') as Batch;
console.log(batch.id, apply(batch.first), batch.rest.map((c) => c.kind));
for (const c of batch.rest) console.log(apply(c));
const queued = JSON.parse('[{"kind":"relay","pin":3,"on":false},{"kind":"setpoint","zone":"hall","celsius":20.5}]') as Command[];
console.log(queued.map(apply).join("; "), pins);
