// A 4x4 matrix keypad decoder: the key map a readonly array of rows, scans given as [row, col] tuples,
// entered keys buffered into a PIN with a state machine over a literal union; a wrong PIN locks out after
// three tries (throwing a LockoutError that is caught), results printed with console.log.
const KEYS: readonly string[] = ["123A", "456B", "789C", "*0#D"];
type Phase = "entry" | "verify" | "locked";

class LockoutError extends Error {
  constructor(readonly attempts: number) {
    super(`locked after ${attempts} attempts`);
    this.name = "LockoutError";
  }
}

class Keypad {
  phase: Phase = "entry";
  buffer = "";
  attempts = 0;
  readonly log: string[] = [];
  constructor(private readonly pin: string) {}
  press([row, col]: readonly [number, number]): void {
    const key = KEYS[row]?.charAt(col) ?? "";
    if (key === "" || this.phase === "locked") return;
    if (key === "*") this.buffer = "";
    else if (key === "#") this.submit();
    else if (/\d/.test(key)) this.buffer += key;
    else this.log.push(`fn ${key}`);
  }
  private submit(): void {
    this.phase = "verify";
    const ok = this.buffer === this.pin;
    this.log.push(`${"*".repeat(this.buffer.length)} ${ok ? "ok" : "wrong"}`);
    this.buffer = "";
    if (ok) {
      this.attempts = 0;
      this.phase = "entry";
      return;
    }
    this.attempts++;
    this.phase = "entry";
    if (this.attempts >= 3) {
      this.phase = "locked";
      throw new LockoutError(this.attempts);
    }
  }
}

const pad = new Keypad("2580");
const scans: [number, number][][] = [
  [[0, 1], [1, 1], [2, 1], [3, 1], [3, 2]],
  [[0, 0], [0, 3], [3, 0], [0, 1], [1, 1], [2, 1], [3, 1], [3, 2]],
  [[0, 0], [3, 2]],
  [[4, 0], [1, 2], [3, 2]],
  [[0, 0], [0, 0], [3, 2]],
  [[0, 1], [3, 2]],
];
for (const scan of scans) {
  try {
    for (const cell of scan) pad.press(cell);
  } catch (e) {
    if (e instanceof LockoutError) console.log(e.name, e.attempts, e.message);
  }
}
console.log(pad.log);
console.log(pad);
