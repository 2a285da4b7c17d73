// A pin registry keyed by `number | string` (a GPIO number or a board label) and a Set of mixed flags:
// union Map/Set keys compare by SameValueZero (1 and "1" are different keys, NaN finds NaN, -0 is 0);
// a union printed with Serial.println.
type PinKey = number | string;

class Registry {
  owners = new Map<PinKey, string>();
  claim(pin: PinKey, owner: string): boolean {
    if (this.owners.has(pin)) return false;
    this.owners.set(pin, owner);
    return true;
  }
}

const reg = new Registry();
const keys: PinKey[] = [2, "D4", 2, "2", NaN, -0, 0, "D4", 16];
const names = ["led", "button", "relay", "sensor", "bad", "boot", "boot2", "dup", "wake"];
for (let i = 0; i < keys.length; i++) {
  const ok = reg.claim(keys[i], names[i]);
  console.log(`claim ${typeof keys[i] === "string" ? `"${keys[i]}"` : keys[i]} for ${names[i]}:`, ok ? "ok" : "taken");
}
console.log("size", reg.owners.size, reg.owners.get(2), reg.owners.get("2"), reg.owners.get(NaN), reg.owners.get(0));
for (const [k, v] of reg.owners) console.log(typeof k, k, v);
reg.owners.delete("D4");
console.log(reg.owners.has("D4"), reg.owners.size);

const flags = new Set<string | boolean | number>();
for (const f of [true, "true", 1, true, "1", 1, false]) flags.add(f);
console.log(flags.size, flags.has(true), flags.has("true"), flags.has(0));

export function setup(): void {
  Serial.begin(115200);
  for (const [k, v] of reg.owners) {
    Serial.print(v);
    Serial.print("@");
    Serial.println(k);
  }
}

export function loop(): void {}
