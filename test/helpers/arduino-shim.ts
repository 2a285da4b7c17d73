// The Arduino core as Node sees it when a corpus program runs as the oracle: `Serial`, `millis`, `delay`,
// pins and the constants become globals, printing the way the tsduino runtime prints on the board
// (`Serial.println` ends lines with "\r\n", numbers print as JavaScript's String(x)). Loaded with
// `node --import` before the program's bundle, so the program itself declares nothing.
type Printable = string | number | boolean | null | undefined;

const g = globalThis as unknown as Record<string, unknown>;
// As on the board: Serial output before Serial.begin() is lost, and console.log opens Serial itself.
let serialOpen = false;
const write = (text: string): void => {
  if (serialOpen) process.stdout.write(text);
};
for (const name of ["log", "info", "error", "warn"] as const) {
  const original = console[name].bind(console);
  console[name] = (...args: unknown[]): void => {
    serialOpen = true;
    original(...args);
  };
}
const start = performance.now();
const pins = new Map<number, number>();

g.Serial = {
  begin(_baud: number): void {
    serialOpen = true;
  },
  print(x: Printable): void {
    write(String(x));
  },
  println(x?: Printable): void {
    write((x === undefined ? "" : String(x)) + "\r\n");
  },
  write(byte: number): number {
    if (!serialOpen) return 0;
    process.stdout.write(Buffer.from([byte & 255]));
    return 1;
  },
  available: (): number => 0,
  read: (): number => -1,
  setDebugOutput(_on: boolean): void {},
  flush(): void {},
};
g.millis = (): number => Math.floor(performance.now() - start);
g.micros = (): number => Math.floor((performance.now() - start) * 1000);
g.delay = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};
g.yield = (): void => {};
g.yieldNow = (): void => {};
g.pinMode = (_pin: number, _mode: number): void => {};
g.digitalWrite = (pin: number, value: number): void => {
  pins.set(pin, value ? 1 : 0);
};
g.digitalRead = (pin: number): number => pins.get(pin) ?? 0;
g.analogWrite = (_pin: number, _value: number): void => {};
g.analogRead = (_pin: number): number => 0;
g.random = (a: number, b?: number): number => {
  const [lo, hi] = b === undefined ? [0, a] : [a, b];
  return lo + Math.floor(Math.random() * (hi - lo));
};
Object.assign(g, { HIGH: 1, LOW: 0, INPUT: 0, OUTPUT: 1, INPUT_PULLUP: 2, LED_BUILTIN: 2 });
