// A status LED sketch: patterns as readonly tuples of [on, off] durations, picked by a literal-union mode;
// setInterval steps through the pattern, a setTimeout switches modes, pin writes are logged as tuples.
type Mode = "boot" | "wifi" | "ok" | "error";
type Pattern = readonly (readonly [number, number])[];
const patterns = new Map<Mode, Pattern>([
  ["boot", [[1, 1]]],
  ["wifi", [[2, 1], [1, 1]]],
  ["ok", [[1, 4]]],
  ["error", [[1, 1], [1, 1], [1, 3]]],
]);
let mode: Mode = "boot";
let step = 0;
let phaseOn = true;
const writes: string[] = [];

function tick(): void {
  const pattern = patterns.get(mode) ?? [];
  const [on, off] = pattern[step % pattern.length];
  digitalWrite(LED_BUILTIN, phaseOn ? HIGH : LOW);
  writes.push(`${mode[0]}${phaseOn ? on : off}`);
  if (!phaseOn) step++;
  phaseOn = !phaseOn;
}

export function setup(): void {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  const modes: Mode[] = ["wifi", "ok", "error"];
  modes.forEach((m, i) => {
    setTimeout(() => {
      console.log(`${mode} -> ${m} after ${writes.length} writes: ${writes.join(" ")}`);
      writes.length = 0;
      mode = m;
      step = 0;
      phaseOn = true;
      if (m === "error") {
        for (let k = 0; k < 6; k++) tick();
        console.log("error pattern", writes, patterns.get("error")?.length);
      }
    }, 20 * (i + 1));
  });
  for (let i = 0; i < 6; i++) tick();
  console.log(mode, step, digitalRead(LED_BUILTIN), writes.splice(0).join(","));
}

export function loop(): void {}
