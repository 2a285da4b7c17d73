// A small protocol stack with an error hierarchy: errors carry fields, are thrown from constructors,
// methods and closures, are stored in a list and dispatched on with instanceof.
class ProtocolError extends Error {
  constructor(message: string, public code: number) {
    super(message);
    this.name = "ProtocolError";
  }
  describe(): string {
    return `${this.name}[${this.code}]: ${this.message}`;
  }
}
class ChecksumError extends ProtocolError {
  constructor(public expected: number, public actual: number) {
    super(`checksum ${actual} != ${expected}`, 2);
    this.name = "ChecksumError";
  }
}
class FrameError extends ProtocolError {
  constructor(message: string) {
    super(message, 1);
  }
}

class Frame {
  readonly payload: number[];
  constructor(bytes: number[]) {
    if (bytes.length < 3) throw new FrameError("frame too short: " + bytes.length);
    if (bytes[0] !== 0x7e) throw new FrameError("bad start byte " + bytes[0].toString(16));
    this.payload = bytes.slice(1, bytes.length - 1);
    let sum = 0;
    for (const b of this.payload) sum = (sum + b) & 0xff;
    const expected = bytes[bytes.length - 1];
    if (sum !== expected) throw new ChecksumError(expected, sum);
  }
  text(): string {
    return this.payload.map((b) => String.fromCharCode(b)).join("");
  }
}

const failures: ProtocolError[] = [];
const handlers = new Map<string, (f: Frame) => void>();
handlers.set("ON", (f) => console.log("led on", f.payload.length));
handlers.set("BAD", () => {
  throw new ProtocolError("handler refused", 9);
});

function handle(bytes: number[]): void {
  try {
    const frame = new Frame(bytes);
    const text = frame.text();
    const handler = handlers.get(text);
    if (handler === undefined) throw new ProtocolError("no handler for " + text, 4);
    handler(frame);
  } catch (e) {
    if (e instanceof ChecksumError) console.log("checksum off by", e.actual - e.expected);
    if (e instanceof ProtocolError) {
      failures.push(e);
      console.log(e.describe());
    } else throw e;
  }
}

function frameOf(text: string, corrupt: number): number[] {
  const bytes = [0x7e];
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    bytes.push(text.charCodeAt(i));
    sum = (sum + text.charCodeAt(i)) & 0xff;
  }
  bytes.push((sum + corrupt) & 0xff);
  return bytes;
}

handle(frameOf("ON", 0));
handle(frameOf("ON", 3));
handle([0x7e, 1]);
handle([0x10, 0x20, 0x30]);
handle(frameOf("OFF", 0));
handle(frameOf("BAD", 0));
console.log("failures:", failures.length, failures.map((f) => f.code).join(","));
const names = failures.map((f) => f.name);
console.log(names.join(" "));
console.log(failures[0] instanceof Error, failures[0] instanceof ChecksumError, failures[1] instanceof FrameError);
