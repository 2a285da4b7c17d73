// A serial command interpreter: lines parsed into [command, args] tuples, handlers in a Map taking their
// context as a destructured record, replies as anonymous records, settings updated with object spread.
type Parsed = [cmd: string, args: string[]];
interface Settings {
  interval: number;
  threshold: number;
  label: string;
  alarm?: boolean;
}
type Reply = { ok: boolean; text: string };
type Handler = (ctx: { args: string[]; settings: Settings }) => { reply: Reply; settings: Settings };

function parse(line: string): Parsed {
  const [cmd, ...args] = line.trim().split(" ");
  return [cmd.toLowerCase(), args.filter((a) => a.length > 0)];
}

const handlers = new Map<string, Handler>();
handlers.set("get", ({ args: [key], settings }) => {
  const { interval, threshold, label, alarm = false } = settings;
  const values = new Map<string, string>([
    ["interval", String(interval)],
    ["threshold", String(threshold)],
    ["label", label],
    ["alarm", String(alarm)],
  ]);
  const value = values.get(key ?? "");
  return { reply: { ok: value !== undefined, text: value ?? `unknown key ${key}` }, settings };
});
handlers.set("set", ({ args: [key, raw = ""], settings }) => {
  const n = Number(raw);
  if (key === "interval" && n > 0) return { reply: { ok: true, text: "interval" }, settings: { ...settings, interval: n } };
  if (key === "threshold" && !isNaN(n)) return { reply: { ok: true, text: "threshold" }, settings: { ...settings, threshold: n, alarm: n < 0 } };
  if (key === "label" && raw) return { reply: { ok: true, text: "label" }, settings: { ...settings, label: raw } };
  return { reply: { ok: false, text: `bad value for ${key}` }, settings };
});
handlers.set("sum", ({ args, settings }) => {
  const values = args.map((a) => Number(a));
  const total = values.reduce((a, b) => a + b, 0);
  return { reply: { ok: values.length > 0, text: `${total} max ${Math.max(...values)} min ${Math.min(...values)}` }, settings };
});

let settings: Settings = { interval: 1000, threshold: 25.5, label: "probe" };
const script = ["GET interval", "set interval 250", "set threshold -3", "get alarm", "SET label  kitchen ", "get label", "sum 4 8 15 16", "sum", "reboot now", "set interval x"];
let okCount = 0;
for (const line of script) {
  const [cmd, args] = parse(line);
  const handler = handlers.get(cmd);
  if (!handler) {
    console.log(`${cmd}: no such command (${args.length} args)`);
    continue;
  }
  const { reply: { ok, text }, settings: next } = handler({ args, settings });
  settings = next;
  if (ok) okCount++;
  console.log(ok ? "OK " : "ERR", text);
}
const { interval, threshold, label, alarm } = settings;
console.log(okCount, interval, threshold, label, alarm);
