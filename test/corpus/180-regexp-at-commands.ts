// A modem driver parsing AT command responses with regular expressions: exec with numbered and named
// groups, test, a sticky tokenizer driven by lastIndex, groups that did not participate (undefined).
interface Reply {
  command: string;
  values: string[];
  ok: boolean;
}

const RESPONSE = /^\+(?<cmd>[A-Z]+):\s*(?<args>.*)$/;
const FINAL = /^(OK|ERROR|\+CME ERROR: (\d+))$/;
const TOKEN = /\s*(?:"([^"]*)"|([^,]+))\s*(,|$)/y;

function splitArgs(args: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < args.length) {
    const m = TOKEN.exec(args);
    if (m === null) break;
    out.push(m[1] !== undefined ? m[1] : m[2]);
    if (m[3] === "") break;
  }
  return out;
}

function parse(lines: string[]): Reply[] {
  const replies: Reply[] = [];
  let current: Reply | undefined = undefined;
  for (const line of lines) {
    const r = RESPONSE.exec(line);
    if (r !== null && !line.startsWith("+CME")) {
      current = { command: r.groups!.cmd, values: splitArgs(r.groups!.args), ok: false };
      replies.push(current);
      continue;
    }
    const f = FINAL.exec(line);
    if (f !== null) {
      console.log("final:", f[1], "code:", f[2], "at", f.index);
      if (current !== undefined) current.ok = f[1] === "OK";
    } else if (line.length > 0) {
      console.log("unsolicited:", JSON_like(line));
    }
  }
  return replies;
}

function JSON_like(s: string): string {
  return '"' + s.replace(/["\\]/g, "\\$&") + '"';
}

const session = [
  "+CSQ: 23,99",
  "OK",
  '+COPS: 0,0,"Vodafone DE",7',
  "OK",
  "+CREG: 2,1,\"1A2B\",\"01C4D5E6\"",
  "+CME ERROR: 30",
  'RING "x\\y"',
  "",
];
for (const r of parse(session)) {
  console.log(r.command, r.values.length, r.values.join(" | "), r.ok);
}
console.log(/^AT\+\w+\?$/.test("AT+CSQ?"), /^AT\+\w+\?$/.test("AT+CSQ"), /ok/i.test("Ok"));
const signal = /(\d+),(\d+)/.exec("+CSQ: 23,99");
if (signal) console.log(Number(signal[1]) * 2 - 113, "dBm", signal.length, signal.input);
