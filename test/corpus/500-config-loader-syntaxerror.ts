// Was finding mix-json-syntaxerror-uncatchable (session 5 fix: JSON.parse's SyntaxError is catchable).
// A configuration loader: JSON text parsed into a type with optional members, merged over defaults with
// spread, validated by a function that throws a ParseError subclass naming the field; the caller catches
// and falls back to the defaults, then prints the result as JSON with an indent.
interface WifiConfig { ssid: string; password?: string; channel?: number }
interface Config { name: string; wifi: WifiConfig; intervalMs: number; sensors: string[]; debug?: boolean }
interface StoredConfig { name?: string; wifi?: WifiConfig; intervalMs?: number; sensors?: string[]; debug?: boolean }

class ParseError extends Error {
  constructor(public field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "ParseError";
  }
}

const defaults: Config = { name: "node", wifi: { ssid: "setup-ap" }, intervalMs: 1000, sensors: ["temp"] };

function validate(c: Config): Config {
  if (c.name.length === 0) throw new ParseError("name", "must not be empty");
  if (c.intervalMs < 100) throw new ParseError("intervalMs", `too small (${c.intervalMs})`);
  const { wifi: { ssid, channel = 1 } } = c;
  if (ssid.length > 32) throw new ParseError("wifi.ssid", "longer than 32 bytes");
  if (channel < 1 || channel > 13) throw new ParseError("wifi.channel", `out of range: ${channel}`);
  return c;
}

function load(text: string): Config {
  try {
    const stored = JSON.parse(text) as StoredConfig;
    const merged: Config = { ...defaults, ...stored };
    return validate(merged);
  } catch (e) {
    if (e instanceof ParseError) console.log(`invalid config (${e.field}): ${e.message}`);
    else if (e instanceof SyntaxError) console.log(`unreadable config: ${e.message}`);
    else throw e;
    return defaults;
  } finally {
    console.log(`loaded ${text.length} bytes`);
  }
}

const texts = [
  '{"name":"greenhouse","intervalMs":250,"sensors":["temp","hum","soil"]}',
  '{"wifi":{"ssid":"barn","password":"hay","channel":6},"debug":true}',
  '{"intervalMs":20}',
  '{"wifi":{"ssid":"x","channel":14}}',
  '{"name":""}',
  '{"name":"broken",',
];
for (const t of texts) {
  const c = load(t);
  const { name, intervalMs, sensors: [first, ...rest], debug = false } = c;
  console.log(name, intervalMs, first, rest.length, debug);
}
console.log(JSON.stringify(load(texts[1]), null, 2));
console.log(load(texts[0]));
