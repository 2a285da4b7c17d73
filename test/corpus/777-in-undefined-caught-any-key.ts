// `"key" in v` with v undefined at run time although its type says otherwise: inside a try the TypeError is
// catchable, and a key that is not an identifier ("😀x", a quote, a backslash) is checked and named too
// (m-761-in-undefined-operand-92001171 went past "😀x" in undefined and stopped at the next `in`).
interface Wifi { ssid: string; channel: number }
interface Eth { mac: string }
type Net = Wifi | Eth;
const nets: Net[] = [{ ssid: "home", channel: 6 }, { mac: "de:ad" }];
let active: Net | undefined;
active = nets[1];
console.log("😀x" in active, "mac" in active, 'q"\\' in active);
active = nets[255];
try { console.log("😀x" in active); } catch (e) { console.log(String(e), e instanceof TypeError); }
try { console.log("mac" in active, "never"); } catch (e) { console.log(String(e)); }
function probe(n: Net | undefined): string {
  try { return "ssid" in n! ? "wifi" : "other"; } catch (e) { return e instanceof Error ? e.message : "?"; }
}
console.log(probe(nets[0]), probe(nets[1]), probe(nets[7]));
console.log('q"\\' in active);
console.log("not reached");
