// Several `"key" in v` tests of one undefined `v` in a statement: Node's TypeError names the first key in
// source order, whatever order C++ evaluates a call's arguments in (m-761-in-undefined-operand-95000063).
interface Wifi { ssid: string; channel: number }
interface Eth { mac: string }
type Net = Wifi | Eth;
const nets: Net[] = [{ ssid: "home", channel: 6 }, { mac: "de:ad" }];
let active: Net | undefined = nets[0];
console.log("ssid" in active, "mac" in active);
active = nets[2];
try {
  console.log("ssid" in active, "mac" in active, "channel" in active);
} catch (e) {
  console.log("caught", (e as Error).message);
}
try {
  console.log(`${"mac" in active} ${"ssid" in active}`);
} catch (e) {
  console.log("caught", (e as Error).message);
}
console.log("channel" in active, "mac" in active);
console.log("not reached");
