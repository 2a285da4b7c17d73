// mix finding (issue 11 corpus, session 4): String.fromCharCode(...buffer) (spread of an array into a variadic built-in) is rejected (TSD2111, TSD2003 StringConstructor)
// Found as test/corpus/418-uart-framing-sketch.ts; kept out of the corpus until fixed. Failure (Node's output vs ours, or the compiler/g++ error):
//   === 418-uart-framing-sketch.ts: FAIL
//   host exit code 1, Node exited 0; stderr:
//   test/corpus/418-uart-framing-sketch.ts:36:21: error TSD2003: the type 'StringConstructor' is not supported here
//     36 |         frames.push(String.fromCharCode(...buffer));
//                              ^^^^^^
//     hint: use number, string, boolean, arrays, Map, Set, classes or interfaces
//   test/corpus/418-uart-framing-sketch.ts:36:41: error TSD2111: not supported by tsduino: spread ('...')
//     36 |         frames.push(String.fromCharCode(...buffer));
//                                                  ^^^^^^^^^
//     hint: pass the elements explicitly, or use concat()
//   test/corpus/418-uart-framing-sketch.ts:50:30: error TSD2003: the type 'NumberConstructor' is not supported here
//     50 |       return `sum=${args.map(Number).reduce((a, b) => a + b)}`;
//                                       ^^^^^^
//     hint: use number, string, boolean, arrays, Map, Set, classes or interfaces
//   test/corpus/418-uart-framing-sketch.ts:74:46: error TSD2160: the type 'unknown' is not supported
//     74 |     if (chunk === chunks.length) console.log({ state, errors, pending: buffer.length });
//                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//     hint: give the value a precise type
//   test/corpus/418-uart-framing-sketch.ts:74:46: error TSD2164: the object literal of type '{ state: RxState; errors: number; pending: number; }' has no interface type
//     74 |     if (chunk === chunks.length) console.log({ state, errors, pending: buffer.length });
//                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//     hint: give the object literal an interface or type alias type: const p: Point = { ... }
//   tsduino: 5 errors; no C++ written.
//   
// signature: mix-spread-into-builtin-call

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
