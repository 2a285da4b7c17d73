// Was finding mix-spread-into-builtin-call (session 5 fix: String.fromCharCode(...bytes), args.map(Number), console.log of an untyped object literal).
// A sketch reading framed commands from a byte stream: bytes arrive in chunks (simulated), a small
// state machine over a literal union collects frames between STX and ETX, each frame is split into
// [command, ...args] by destructuring with rest; unknown commands throw and are counted in loop().
type RxState = "idle" | "frame" | "escape";
const STX = 0x02;
const ETX = 0x03;
const ESC = 0x1b;

const chunks: number[][] = [
  [0x00, STX, ...Array.from("led on", (c) => c.charCodeAt(0))],
  [ETX, STX, ...Array.from("sum 1 2 3", (c) => c.charCodeAt(0)), ETX],
  [STX, 0x62, 0x61, ESC, ETX, 0x64, ETX, 0xff],
  [STX, ...Array.from("sum", (c) => c.charCodeAt(0)), ETX, STX, 0x71, ETX],
];

let state: RxState = "idle";
let buffer: number[] = [];
const frames: string[] = [];
let errors = 0;

function feed(byte: number): void {
  switch (state) {
    case "idle":
      if (byte === STX) {
        state = "frame";
        buffer = [];
      }
      break;
    case "escape":
      buffer.push(byte);
      state = "frame";
      break;
    case "frame":
      if (byte === ESC) state = "escape";
      else if (byte === ETX) {
        frames.push(String.fromCharCode(...buffer));
        state = "idle";
      } else buffer.push(byte);
      break;
  }
}

function run(frame: string): string {
  const [command, ...args] = frame.split(" ");
  switch (command) {
    case "led":
      return `led ${args[0] === "on" ? "ON" : "OFF"}`;
    case "sum": {
      if (args.length === 0) throw new Error("sum needs arguments");
      return `sum=${args.map(Number).reduce((a, b) => a + b)}`;
    }
    default:
      throw new Error(`unknown command ${JSON.stringify(command)}`);
  }
}

export function setup(): void {
  Serial.begin(115200);
}

let chunk = 0;
export function loop(): void {
  if (chunk < chunks.length) {
    for (const b of chunks[chunk++]) feed(b);
    while (frames.length > 0) {
      const f = frames.shift()!;
      try {
        Serial.println(run(f));
      } catch (e) {
        errors++;
        if (e instanceof Error) Serial.println(`error: ${e.message}`);
      }
    }
    if (chunk === chunks.length) console.log({ state, errors, pending: buffer.length });
  }
}
