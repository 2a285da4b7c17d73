// console.log of device state structures: classes with inheritance, Maps of records, Sets, nested arrays.
abstract class Peripheral {
  enabled = true;
  errors: string[] = [];
  constructor(public name: string, public pin: number) {}
  abstract kind(): string;
}
class Led extends Peripheral {
  brightness = 255;
  blinking = false;
  kind(): string {
    return "led";
  }
}
class Thermometer extends Peripheral {
  lastValue: number | null = null;
  history: number[] = [];
  constructor(name: string, pin: number, public offset: number) {
    super(name, pin);
  }
  kind(): string {
    return "thermometer";
  }
}
interface Schedule {
  at: string;
  action: string;
  repeat?: number;
}
class Device {
  peripherals: Peripheral[] = [];
  schedules = new Map<string, Schedule>();
  flags = new Set<string>();
  uptime = 0;
}

const device = new Device();
console.log(device);
device.peripherals.push(new Led("status", 2));
const t = new Thermometer("room", 4, -0.5);
for (let i = 0; i < 12; i++) t.history.push(Math.round((20 + Math.sin(i) * 2) * 100) / 100);
t.lastValue = t.history[t.history.length - 1];
device.peripherals.push(t);
device.schedules.set("morning", { at: "07:00", action: "led on" });
device.schedules.set("night", { at: "22:30", action: "led off", repeat: 7 });
device.flags.add("wifi").add("ota").add("it's");
device.uptime = 86400.5;
console.log(device.peripherals[0]);
console.log(t);
console.log(device);
console.log(device.schedules);
const nest: number[][][][][] = [[[[[5]]], [[[6, 7]]]]];
console.log(nest, device.flags, -0, null, undefined);
const flagSets = [device.flags, new Set<string>()];
console.log(flagSets);
const led = device.peripherals[0];
if (led instanceof Led) {
  led.errors.push("overcurrent", "timeout after 'reset'");
  led.blinking = true;
  console.log("state:", led, "kind", led.kind());
}
const grid: number[][] = [];
for (let r = 0; r < 4; r++) {
  const row: number[] = [];
  for (let c = 0; c < 10; c++) row.push(r * 10 + c * 3);
  grid.push(row);
}
console.log(grid);
const words: string[] = [];
for (let i = 0; i < 30; i++) words.push("w" + i * i);
console.log(words);
console.log(new Map<string, number[]>([["a", [1, 2, 3]], ["b", []]]));
