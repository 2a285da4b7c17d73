// A plant watering sketch: moisture readings per pot arrive through loop(), each pot's config merged from
// defaults with spread, decisions as a literal union, pumps driven by setTimeout to stop after the dose;
// the log of [pot, decision] tuples printed once every pot has been handled.
interface PotConfig { name: string; pin: number; dry: number; doseMs: number; enabled: boolean }
type Decision = "water" | "skip" | "disabled" | "sensor-fault";

const base = { dry: 40, doseMs: 20, enabled: true };
const pots: PotConfig[] = [
  { ...base, name: "basil", pin: 5 },
  { ...base, name: "fern", pin: 4, dry: 60, doseMs: 35 },
  { ...base, name: "cactus", pin: 14, dry: 10, enabled: false },
  { ...base, name: "mint", pin: 12 },
];
const readings = [35, 72, 5, -1];
const log: [string, Decision][] = [];
const pumping = new Set<string>();

function decide(pot: PotConfig, moisture: number): Decision {
  if (!pot.enabled) return "disabled";
  if (moisture < 0 || moisture > 100) return "sensor-fault";
  return moisture < pot.dry ? "water" : "skip";
}

export function setup(): void {
  Serial.begin(115200);
  for (const { pin } of pots) pinMode(pin, OUTPUT);
}

let next = 0;
export function loop(): void {
  if (next >= pots.length) return;
  const pot = pots[next];
  const decision = decide(pot, readings[next]);
  next++;
  log.push([pot.name, decision]);
  if (decision === "water") {
    digitalWrite(pot.pin, HIGH);
    pumping.add(pot.name);
    setTimeout(() => {
      digitalWrite(pot.pin, LOW);
      pumping.delete(pot.name);
      if (pumping.size === 0 && next >= pots.length) {
        for (const [name, d] of log) console.log(name.padEnd(7), d);
        console.log(pots.map(({ name, pin }) => `${name}@${pin}=${digitalRead(pin)}`).join(" "));
      }
    }, pot.doseMs);
  }
}
