// A cellular modem driver's response parser: AT responses matched by regexes with named groups (+CSQ,
// +CREG, +CMGL), results as a union narrowed by `kind`, unsolicited lines queued; an ERROR line throws a
// ModemError with the command, caught by the command runner with finally to clear the busy flag.
interface Signal { kind: "signal"; rssi: number; ber: number }
interface Registration { kind: "reg"; mode: number; stat: "home" | "roaming" | "searching" | "denied" }
interface Sms { kind: "sms"; index: number; from: string; text: string }
type Result = Signal | Registration | Sms;

class ModemError extends Error {
  constructor(readonly command: string, readonly code?: number) {
    super(code === undefined ? `${command} failed` : `${command} failed with CME ${code}`);
    this.name = "ModemError";
  }
}

const CSQ = /^\+CSQ: (?<rssi>\d+),(?<ber>\d+)$/;
const CREG = /^\+CREG: (\d),(\d)$/;
const CMGL = /^\+CMGL: (\d+),"[A-Z ]+","(\+?\d+)"/;
const CME = /^\+CME ERROR: (\d+)$/;
const STATS: Registration["stat"][] = ["searching", "home", "searching", "denied", "searching", "roaming"];

let busy = false;
const unsolicited: string[] = [];

function run(command: string, lines: string[]): Result[] {
  busy = true;
  try {
    const results: Result[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      let m: RegExpExecArray | null;
      if (line === "OK") return results;
      if (line === "ERROR") throw new ModemError(command);
      if ((m = CME.exec(line))) throw new ModemError(command, Number(m[1]));
      if ((m = CSQ.exec(line)) && m.groups) results.push({ kind: "signal", rssi: Number(m.groups.rssi) * 2 - 113, ber: Number(m.groups.ber) });
      else if ((m = CREG.exec(line))) results.push({ kind: "reg", mode: Number(m[1]), stat: STATS[Number(m[2])] });
      else if ((m = CMGL.exec(line))) results.push({ kind: "sms", index: Number(m[1]), from: m[2], text: lines[++i] ?? "" });
      else unsolicited.push(line);
    }
    throw new ModemError(command, -1);
  } finally {
    busy = false;
  }
}

const sessions: [string, string[]][] = [
  ["AT+CSQ", ["+CSQ: 18,0", "OK"]],
  ["AT+CREG?", ["+CREG: 0,5", "RING", "OK"]],
  ["AT+CMGL", ['+CMGL: 1,"REC UNREAD","+4915112345678",,"24/11/30"', "Relay 2 on", '+CMGL: 2,"REC READ","5555"', "status?", "OK"]],
  ["AT+CPIN?", ["+CME ERROR: 10"]],
  ["AT+COPS=9", ["ERROR"]],
  ["AT+CSQ", ["+CSQ: 31,99"]],
];
for (const [command, lines] of sessions) {
  try {
    for (const r of run(command, lines)) {
      switch (r.kind) {
        case "signal":
          console.log(`${command}: ${r.rssi} dBm (ber ${r.ber})`);
          break;
        case "reg":
          console.log(`${command}: ${r.stat} (mode ${r.mode})`);
          break;
        case "sms": {
          const { index, from, text } = r;
          console.log(`${command}: sms #${index} from ${from}: ${JSON.stringify(text)}`);
          break;
        }
      }
    }
  } catch (e) {
    if (e instanceof ModemError) console.log(`${e.name}: ${e.message}`, e.code ?? "-", busy);
  }
}
console.log(unsolicited, busy);
