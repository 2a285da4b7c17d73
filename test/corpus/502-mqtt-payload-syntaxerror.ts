// MQTT payloads parsed with JSON.parse inside try/catch: every kind of malformed text gives Node's
// SyntaxError message, caught and counted; a good payload after a bad one still parses; the finally
// counts every message; a malformed payload outside any try ends the program with the SyntaxError.
interface Reading { sensor: string; value: number; tags?: string[] }

const payloads = [
  '{"sensor":"t1","value":21.5}',
  '{"sensor":"t1","value":}',
  '{"sensor":"t2","value":19,"tags":["a","b"]}',
  "",
  "[1, 2",
  '{"sensor": "h1" "value": 40}',
  "undefined",
  '{"sensor":"x","value":1}trailing',
  '"unterminated',
  '{"sensor":"h2","value":-3.25e1,"tags":[]}',
  "{'single':1}",
  '{"sensor":"t3","value":01}',
];

let handled = 0;
const bad: string[] = [];
const values = new Map<string, number>();
for (const [i, text] of payloads.entries()) {
  try {
    const r = JSON.parse(text) as Reading;
    values.set(r.sensor, r.value);
    console.log(i, "ok", r.sensor, r.value, r.tags?.length ?? 0);
  } catch (e) {
    if (e instanceof SyntaxError) bad.push(`${i}: ${e.message}`);
    else throw e;
  } finally {
    handled++;
  }
}
console.log(handled, values);
for (const b of bad) console.log(b);
const strict = (text: string): number[] => JSON.parse(text) as number[];
console.log(strict("[1,2,3]"));
console.log(strict("[1,2,,3]"));
