// An MQTT message handler: each payload is JSON.parsed into the wire record (JSON.parse cannot read into a
// union yet: finding mix-json-parse-union), turned into a discriminated union, destructured and switched on
// `kind`; a command that fails validation throws and is caught; the last payload is not JSON and ends the
// program with Node's SyntaxError.
interface SetPoint { kind: "setpoint"; zone: string; celsius: number }
interface Relay { kind: "relay"; pin: number; on: boolean }
interface Reboot { kind: "reboot"; delayMs: number; reason?: string }
type Command = SetPoint | Relay | Reboot;
interface Wire { kind: string; zone?: string; celsius?: number; pin?: number; on?: boolean; delayMs?: number; reason?: string }

const setpoints = new Map<string, number>();
const pins: boolean[] = [false, false, false, false];
let errors = 0;

function decode(w: Wire): Command {
  switch (w.kind) {
    case "setpoint":
      if (w.zone === undefined || w.celsius === undefined) break;
      return { kind: "setpoint", zone: w.zone, celsius: w.celsius };
    case "relay":
      return { kind: "relay", pin: w.pin ?? -1, on: w.on === true };
    case "reboot":
      return { kind: "reboot", delayMs: w.delayMs ?? 0, reason: w.reason };
  }
  throw new TypeError(`cannot decode '${w.kind}'`);
}

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
  const wire = JSON.parse(payload) as Wire;
  try {
    console.log(`[${topic}] ${apply(decode(wire))}`);
  } catch (e) {
    errors++;
    if (e instanceof Error) console.log(`[${topic}] ${e.name}: ${e.message}`);
  }
}

const inbox: [string, string][] = [
  ["home/cmd", '{"kind":"setpoint","zone":"kitchen","celsius":21.5}'],
  ["home/cmd", '{"kind":"relay","pin":2,"on":true}'],
  ["home/cmd", '{"kind":"relay","pin":7,"on":true}'],
  ["home/cmd", '{"kind":"setpoint","zone":"kitchen","celsius":19}'],
  ["home/cmd", '{"kind":"reboot","delayMs":500}'],
  ["home/cmd", '{"kind":"reboot","delayMs":0,"reason":"ota"}'],
  ["home/cmd", '{"kind":"setpoint","celsius":3}'],
  ["home/cmd", '{"kind":"dance"}'],
  ["home/cmd", '{"kind":"setpoint","zone":"hall","celsius":-2.25}'],
];
for (const [topic, payload] of inbox) onMessage(topic, payload);
console.log(setpoints);
console.log(pins, errors);
onMessage("home/cmd", '{"kind":"relay","pin":1,"on":true');
console.log("not reached");
