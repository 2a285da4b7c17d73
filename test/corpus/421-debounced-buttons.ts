// Debounced buttons: raw pin levels arrive at scripted times (setTimeout per sample); each button is a
// class with #private stable state; a change arms a debounce setTimeout that a bounce back cancels
// (clearTimeout); confirmed presses are classified short or long from their durations (tuples).
type Edge = "down" | "up";

class Button {
  #stable = false;
  #timer = -1;
  #pressedAt = 0;
  readonly presses: [kind: "short" | "long", ms: number][] = [];
  constructor(readonly name: string, readonly debounceMs: number) {}
  sample(raw: boolean, now: number): void {
    if (raw === this.#stable) {
      if (this.#timer >= 0) {
        clearTimeout(this.#timer);
        this.#timer = -1;
      }
      return;
    }
    if (this.#timer >= 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = -1;
      this.#stable = raw;
      this.edge(raw ? "down" : "up", now);
    }, this.debounceMs);
  }
  private edge(e: Edge, at: number): void {
    if (e === "down") this.#pressedAt = at;
    else {
      const ms = at - this.#pressedAt;
      this.presses.push([ms >= 100 ? "long" : "short", ms]);
    }
  }
}

const script: [number, boolean, boolean][] = [
  [0, false, false], [20, true, false], [40, false, false], [80, true, true], [140, true, true],
  [200, false, true], [260, false, true], [320, false, false], [380, false, false], [440, true, false],
  [500, true, false], [660, false, false], [720, false, false],
];
const buttons = [new Button("A", 30), new Button("B", 30)];
console.log(buttons.map((b) => b.name));
for (const [t, a, b] of script) {
  setTimeout(() => {
    buttons[0].sample(a, t);
    buttons[1].sample(b, t);
  }, t + 1);
}
setTimeout(() => {
  for (const { name, presses } of buttons) console.log(name, presses.map(([k, ms]) => `${k}:${ms}`).join(" "));
  console.log(buttons.map((x) => x.presses.length));
}, 800);
