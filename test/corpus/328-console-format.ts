// Log lines written C-style: console.log's format specifiers (%s %d %i %f %j %o %O %c %%) as Node applies them.
interface Pin {
  gpio: number;
  mode: string;
}
interface Status {
  uptime: number;
  pins: Pin[];
  flags: string[];
}
const status: Status = { uptime: 3600.25, pins: [{ gpio: 2, mode: "out" }, { gpio: 4, mode: "in" }], flags: ["ota"] };
console.log("uptime %d s, %i whole, %f as float", status.uptime, status.uptime, "12.5kHz");
console.log("heap %d%% free (%s)", 73, "ok");
console.log("pins: %j", status.pins);
console.log("status %s", status);
console.log("status %O", status);
console.log("%c[ok]%c booted in %d ms", "color: green", "", 812);
console.log("rssi=%d dBm", "-67", "extra", 1, [2]);
console.log("%s %s", "only one");
console.log("no specifiers", 1, "two");
console.log("100% sure", true);
console.log("%d items, %d bad", [7], [1, 2]);
console.log("nullish %d %s %i", null, undefined, -0);
const label: string = "level %d";
console.log(label, 3);
