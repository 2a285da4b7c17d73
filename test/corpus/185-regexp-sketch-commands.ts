// A sketch that takes commands from a queue in loop() (as it would from Serial): each is matched against a
// table of regular expressions with named groups, dispatched, and answered; state persists between loops.
interface Command {
  pattern: RegExp;
  run: (m: RegExpExecArray) => string;
}

let brightness = 0;
const pins = new Map<number, boolean>();
const queue = ["led 75", "LED 120", "pin 4 on", "pin 12 OFF", "status", "wifi set ssid=\"Home Net\" pass=s3cr3t", "reboot now!", ""];

const COMMANDS: Command[] = [
  {
    pattern: /^led\s+(?<level>\d{1,3})$/i,
    run: (m) => {
      const level = Number(m.groups!.level);
      if (level > 100) return `error: level ${level} out of range`;
      brightness = level;
      return `ok: brightness ${brightness}%`;
    },
  },
  {
    pattern: /^pin\s+(\d+)\s+(on|off)$/i,
    run: (m) => {
      pins.set(Number(m[1]), m[2].toLowerCase() === "on");
      return `ok: pin ${m[1]} ${m[2].toLowerCase()}`;
    },
  },
  {
    pattern: /^status$/,
    run: (m) => {
      let on = 0;
      for (const [, v] of pins) if (v) on++;
      return `brightness=${brightness} pins=${pins.size} on=${on} (${m.input})`;
    },
  },
  {
    pattern: /^wifi\s+set(?<args>(?:\s+\w+=(?:"[^"]*"|\S+))+)$/,
    run: (m) => {
      const parts: string[] = [];
      for (const kv of m.groups!.args.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)) {
        const value = kv[2] ?? kv[3];
        parts.push(kv[1] + ":" + (kv[1] === "pass" ? value.replace(/./g, "*") : value));
      }
      return "ok: " + parts.join(", ");
    },
  },
];

export function setup(): void {
  Serial.begin(115200);
  console.log("commands:", COMMANDS.length, COMMANDS.map((c) => c.pattern.source.length).join(","));
}

export function loop(): void {
  const line = queue.shift();
  if (line === undefined) return;
  if (!/\S/.test(line)) {
    console.log("(empty line)");
    return;
  }
  for (const c of COMMANDS) {
    const m = c.pattern.exec(line);
    if (m !== null) {
      console.log(`> ${line}\n${c.run(m)}`);
      return;
    }
  }
  console.log(`> ${line}\nunknown command '${line.split(/\s+/)[0]}'`);
}
