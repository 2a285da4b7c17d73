// Issue 11: calling a handler that is undefined at run time (`handlers.get(cmd)!(arg)`, `table[i]!(arg)`) raises
// Node's "… is not a function" TypeError, catchable in the caller's caller; a serial command dispatcher keeps
// running after an unknown command.
type Handler = (arg: number) => string;

const handlers = new Map<string, Handler>();
handlers.set("led", (arg) => `led ${arg > 0 ? "on" : "off"}`);
handlers.set("pwm", (arg) => `pwm ${Math.min(arg, 1023)}`);
const table: Handler[] = [(a) => `slot0 ${a}`, (a) => `slot1 ${a * 2}`];
let fallback: Handler | undefined;

function dispatch(cmd: string, arg: number): string {
  return handlers.get(cmd)!(arg);
}

function bySlot(slot: number, arg: number): string {
  return table[slot](arg);
}

function run(line: string): string {
  const [cmd, value] = line.split(" ");
  const arg = Number(value);
  if (cmd.startsWith("#")) return bySlot(Number(cmd.slice(1)), arg);
  if (cmd === "?") return fallback!(arg);
  return dispatch(cmd, arg);
}

const lines = ["led 1", "fan 3", "pwm 4000", "#1 21", "#5 1", "? 0", "led 0"];
let errors = 0;
for (const l of lines) {
  try {
    console.log(run(l));
  } catch (e) {
    errors++;
    if (e instanceof TypeError) console.log(`${l} -> ${e.name}: ${e.message}`);
  }
}
fallback = (a) => `fallback ${a}`;
console.log(run("? 7"), errors);
