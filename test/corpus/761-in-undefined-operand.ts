// `"name" in v` where v is undefined at run time although its type says otherwise (an element read at a key
// that is not an index, assigned to a variable declared `| undefined`): Node's TypeError ends the program
// (mutant m-304-in-narrowing-77000550 went on with false).
interface Wifi { ssid: string; channel: number }
interface Eth { mac: string }
type Net = Wifi | Eth;
const nets: Net[] = [{ ssid: "home", channel: 6 }, { mac: "de:ad" }];
let active: Net | undefined;
if (active !== undefined) console.log("ssid" in active);
active = nets[1];
console.log("ssid" in active, "mac" in active);
active = nets[0];
console.log("ssid" in active ? active.ssid : "", "ssid" in nets[1]);
active = nets[0.5];
console.log(active === undefined);
console.log("ssid" in active ? active.ssid : "none");
console.log("not reached");
