// A message dispatcher in the style of an MQTT handler: topic handlers are methods of classes that may
// override each other and throw, a lock taken in try is released in finally, and errors are counted by name.
class HandlerError extends Error {
  constructor(public topic: string, message: string) {
    super(message);
    this.name = "HandlerError";
  }
}
class BusyError extends Error {
  constructor() {
    super("device busy");
    this.name = "BusyError";
  }
}

abstract class Handler {
  abstract handle(payload: string): string;
}
class LedHandler extends Handler {
  handle(payload: string): string {
    if (payload !== "on" && payload !== "off") throw new HandlerError("led", "expected on/off, got " + payload);
    return "led " + payload;
  }
}
class DimmerHandler extends Handler {
  handle(payload: string): string {
    const level = Number(payload);
    if (!(level >= 0 && level <= 100)) throw new HandlerError("dim", "level " + payload + " out of range");
    return "dim " + level.toFixed(level < 10 ? 1 : 0) + "%";
  }
}
class StrictDimmer extends DimmerHandler {
  handle(payload: string): string {
    if (payload.includes(".")) throw new HandlerError("dim", "integers only");
    return super.handle(payload);
  }
}

let locked = false;
function withLock(action: () => string): string {
  if (locked) throw new BusyError();
  locked = true;
  try {
    return action();
  } finally {
    locked = false;
  }
}

const handlers = new Map<string, Handler>();
handlers.set("home/led", new LedHandler());
handlers.set("home/dim", new DimmerHandler());
handlers.set("home/dim2", new StrictDimmer());
const errorCounts = new Map<string, number>();

function dispatch(topic: string, payload: string): void {
  try {
    const h = handlers.get(topic);
    if (h === undefined) throw new Error("no handler for " + topic);
    const reply = withLock(() => h.handle(payload));
    console.log(`${topic} <- ${payload}: ${reply}`);
  } catch (e) {
    const err = e as Error;
    errorCounts.set(err.name, (errorCounts.get(err.name) ?? 0) + 1);
    if (e instanceof HandlerError) console.log(`${topic} <- ${payload}: rejected by ${e.topic}: ${e.message}`);
    else console.log(`${topic} <- ${payload}: ${String(e)}`);
  }
}

dispatch("home/led", "on");
dispatch("home/led", "blink");
dispatch("home/dim", "7.25");
dispatch("home/dim", "250");
dispatch("home/dim2", "7.25");
dispatch("home/dim2", "42");
dispatch("home/fan", "1");
locked = true;
dispatch("home/led", "off");
locked = false;
dispatch("home/led", "off");
console.log("locked after all:", locked);
for (const [name, count] of errorCounts) console.log(name, count);
