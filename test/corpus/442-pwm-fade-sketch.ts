// A PWM fader sketch: fade programs as arrays of [level, steps] tuples, expanded with flatMap into
// per-loop levels; analogWrite-like output recorded per channel; channels configured with spread from a
// default; a level outside 0..1023 throws a RangeError caught per step; the result printed with console.log.
interface Channel { pin: number; gamma: boolean; max: number }
const defaults: Channel = { pin: 0, gamma: false, max: 1023 };
const channels: Channel[] = [{ ...defaults, pin: 4 }, { ...defaults, pin: 5, gamma: true, max: 800 }];
const programs: [number, number][][] = [
  [[0, 1], [1023, 4], [256, 2]],
  [[100, 1], [900, 3], [1200, 1], [0, 2]],
];

function expand(program: [number, number][]): number[] {
  let prev = 0;
  return program.flatMap(([level, steps]) => {
    const from = prev;
    prev = level;
    return Array.from({ length: steps }, (_, i) => Math.round(from + ((level - from) * (i + 1)) / steps));
  });
}

function output(ch: Channel, level: number): number {
  if (level < 0 || level > 1023) throw new RangeError(`level ${level} out of range on pin ${ch.pin}`);
  const scaled = Math.min(level, ch.max);
  return ch.gamma ? Math.round((scaled * scaled) / ch.max) : scaled;
}

const levels = programs.map(expand);
const written: number[][] = channels.map(() => []);
let step = 0;

export function setup(): void {
  Serial.begin(115200);
  console.log(levels);
}

export function loop(): void {
  const longest = Math.max(...levels.map((l) => l.length));
  if (step >= longest) return;
  channels.forEach((ch, i) => {
    const level = levels[i][step];
    if (level === undefined) return;
    try {
      written[i].push(output(ch, level));
    } catch (e) {
      if (e instanceof RangeError) console.log(e.message);
    }
  });
  step++;
  if (step === longest) console.log(written, channels);
}
