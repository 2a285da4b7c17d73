// Pin configuration through classes: constructors and methods taking destructured option records with
// defaults, readonly arrays of pin tuples, getters returning anonymous records, and objects merged with spread.
type PinSpec = readonly [pin: number, mode: string];

class Output {
  private level = 0;
  readonly pin: number;
  readonly inverted: boolean;
  constructor({ pin, inverted = false }: { pin: number; inverted?: boolean }) {
    this.pin = pin;
    this.inverted = inverted;
  }
  write(on: boolean): number {
    this.level = on !== this.inverted ? 1 : 0;
    return this.level;
  }
  get state(): { pin: number; level: number; on: boolean } {
    return { pin: this.pin, level: this.level, on: (this.level === 1) !== this.inverted };
  }
}

class Board {
  readonly outputs: Output[] = [];
  constructor(readonly name: string, specs: readonly PinSpec[]) {
    for (const [pin, mode] of specs) {
      if (mode === "out" || mode === "out-inv") this.outputs.push(new Output({ pin, inverted: mode === "out-inv" }));
    }
  }
  apply(pattern: readonly boolean[], { offset = 0, wrap = true }: { offset?: number; wrap?: boolean } = {}): number[] {
    return this.outputs.map((o, i) => {
      const j = i + offset;
      const on = wrap ? pattern[j % pattern.length] : j < pattern.length && pattern[j];
      return o.write(on);
    });
  }
}

const specs: readonly PinSpec[] = [[2, "out-inv"], [4, "in"], [5, "out"], [12, "out"], [13, "analog"]];
const board = new Board("nodemcu", specs);
console.log(board.name, board.outputs.length, specs.map(([p]) => p).join(","));
console.log(board.apply([true, false]).join(""));
console.log(board.apply([true, false], { offset: 1 }).join(""));
console.log(board.apply([true], { wrap: false, offset: 0 }).join(""));
for (const { pin, level, on } of board.outputs.map((o) => o.state)) console.log(pin, level, on);

const base = { name: board.name, pins: specs.length, debug: false };
const profiles = [{ ...base }, { ...base, debug: true }, { ...base, name: "lolin", pins: 9 }];
for (const { name, pins, debug } of profiles) console.log(name, pins, debug);
const [first, ...rest] = board.outputs;
const { pin: firstPin, inverted } = first;
console.log(firstPin, inverted, rest.map(({ pin }) => pin).join("+"));
