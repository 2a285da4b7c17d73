// A diagnostics report with awkward strings: SSIDs with quotes, backslashes, control characters and
// non-ASCII, serialised with JSON.stringify (escapes as V8 writes them), parsed back and compared,
// printed with console.log (util.inspect's quoting); a field that is too long throws and is truncated.
interface Net { ssid: string; note?: string; bars: number[] }
interface Report { device: string; nets: Net[]; ok: boolean }

class FieldError extends Error {
  name = "FieldError";
}

function checkSsid(ssid: string): string {
  if (ssid.length > 32) throw new FieldError(`ssid of ${ssid.length} characters`);
  return ssid;
}

const raw = ['say "hi"', "back\\slash", "tab\there", "caf\u00e9 \u2603", "it's", "x".repeat(40), "line\nbreak"];
const nets: Net[] = [];
for (const [i, s] of raw.entries()) {
  let ssid: string;
  try {
    ssid = checkSsid(s);
  } catch (e) {
    if (!(e instanceof FieldError)) throw e;
    console.log(e.message);
    ssid = s.slice(0, 32);
  }
  nets.push(i % 2 === 0 ? { ssid, bars: [i, i + 1] } : { ssid, note: `#${i}`, bars: [] });
}
const report: Report = { device: "esp\u0001", nets, ok: true };
const text = JSON.stringify(report);
console.log(text);
const back = JSON.parse(text) as Report;
console.log(back.nets.every((n, i) => n.ssid === nets[i].ssid), back.device.length, JSON.stringify(back) === text);
console.log(back.nets.slice(0, 5));
console.log(JSON.stringify(back.nets[3], null, 3));
