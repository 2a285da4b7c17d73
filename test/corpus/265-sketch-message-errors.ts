// A sketch whose loop() handles one queued message per call and survives bad ones.
class ValidationError extends Error {
  constructor(public field: string, message: string) {
    super(message);
    this.name = "ValidationError";
  }
}

const queue = ["temp=21.5", "hum=40", "temp=abc", "pressure=1013", "hum=140", "temp=-3.25", "=5"];
let handled = 0;
let rejected = 0;
let total = 0;

function validate(key: string, value: number): number {
  if (key.length === 0) throw new ValidationError("key", "empty key");
  if (isNaN(value)) throw new ValidationError(key, "not a number");
  if (key === "hum" && (value < 0 || value > 100)) throw new ValidationError(key, "out of range " + value);
  if (key !== "temp" && key !== "hum") throw new ValidationError(key, "unknown sensor");
  return value;
}

function handleMessage(msg: string): void {
  const eq = msg.indexOf("=");
  const key = msg.substring(0, eq);
  const value = validate(key, Number(msg.substring(eq + 1)));
  total += value;
  Serial.println(`${key}: ${value.toFixed(2)}`);
}

export function setup(): void {
  Serial.begin(115200);
  Serial.println("ready");
}

export function loop(): void {
  if (queue.length === 0) {
    if (handled + rejected > 0) {
      Serial.println(`handled ${handled}, rejected ${rejected}, total ${total}`);
      handled = 0;
      rejected = 0;
    }
    return;
  }
  const msg = queue.shift()!;
  try {
    handleMessage(msg);
    handled++;
  } catch (e) {
    rejected++;
    if (e instanceof ValidationError) Serial.println(`rejected ${e.field}: ${e.message}`);
  } finally {
    Serial.println(`(${queue.length} left)`);
  }
}
