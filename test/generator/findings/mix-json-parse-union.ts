// mix finding (issue 11 corpus, session 4): JSON.parse(text) as Command, Command a discriminated union of interfaces (the issue's own example), is rejected with TSD2003 ('the type Command is not supported here')
// Found as test/corpus/400-mqtt-json-handler.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 400-mqtt-json-handler.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   test/corpus/400-mqtt-json-handler.ts:35:17: error TSD2003: the type 'Command' is not supported here
//     35 |     const cmd = JSON.parse(payload) as Command;
//                          ^^^^^^^^^^^^^^^^^^^
//     hint: JSON.parse reads numbers, strings, booleans, arrays and interfaces (records): a class, Map, Set or function cannot come from JSON
//   tsduino: 1 error; no C++ written.
//   
// signature: mix-json-parse-union

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
