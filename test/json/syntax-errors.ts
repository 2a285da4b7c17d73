// JSON texts that JSON.parse rejects, for the SyntaxError message test (json.test.ts): V8's message depends
// on where and how the text goes wrong (json-parser.cc: a token where a value was expected, a bad escape, a
// number cut short, text after the value, short and long texts quoted with "..." context). ASCII only (the
// driver reads bytes from stdin).

export const HAND_PICKED = [
  "", " ", "{", "[", "]", "}", ":", ",", "[1,", "[1,]", "[1 2]", "{\"a\"", "{\"a\":}", "{\"a\":1,}", "{\"a\" 1}",
  "{\"a\":1 \"b\":2}", "{\"a\":1,\"b\" 2}", "{a:1}", "{'a':1}", "{\"a\":1}}", "[1]]", "{\"a\":1}x", "1 2", "tru",
  "trux", "nul", "nulL", "fals", "falsey", "t", "undefined", "NaN", "Infinity", "-Infinity", "[object Object]",
  "01", "-01", "1.", "1.e5", "-", "-a", "+1", ".5", "1e", "1e+", "1E-x", "0x10", "\"abc", "\"a\\x\"", "\"\\u12g4\"",
  "\"\\u12\"", "\"a\tb\"", "\"\\", "[\"a\",\"b\"", "{\"list\":[1,2,3],\"next\":{\"deep\":[true,false,nul]}}",
  "{\"device\":\"esp\",\"value\":12.5,,\"unit\":\"C\"}", "{\"device\":\"esp-8266-livingroom\",\"v\":1}}",
  "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,x]", "{\"a\":[{\"b\":[{\"c\":}]}]}", "[[[[[[[[[[]]]]]]]]]", "\"\\ud800\" x",
];

/** Valid documents with one character deleted, replaced or inserted (seeded): many different failure points. */
export function mutatedTexts(seed: number, count: number): string[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const bases = [
    '{"id":7,"cmd":"set","args":[1,2.5,-3e2],"ok":true,"note":null}',
    '[{"name":"temp","pin":4},{"name":"hum","pin":5,"scale":0.1}]',
    '{"wifi":{"ssid":"home","pass":"p\\"w"},"list":[],"obj":{}}',
  ];
  const chars = ['"', "{", "}", "[", "]", ":", ",", "1", "-", ".", "e", "x", "t", "n", " ", "\\"];
  const out: string[] = [];
  while (out.length < count) {
    const base = bases[Math.floor(rnd() * bases.length)];
    const at = Math.floor(rnd() * base.length);
    const kind = rnd();
    const c = chars[Math.floor(rnd() * chars.length)];
    const text = kind < 0.33 ? base.slice(0, at) + base.slice(at + 1) : kind < 0.66 ? base.slice(0, at) + c + base.slice(at + 1) : base.slice(0, at) + c + base.slice(at);
    try {
      JSON.parse(text);
    } catch {
      out.push(text);
    }
  }
  return out;
}

/** Well-formed JSON that does not fit the driver's Probe type, with tsduino's documented TypeError. */
export const TYPE_MISMATCHES: [string, string][] = [
  ['{"id":"7","name":"a","tags":[]}', "JSON.parse: Probe.id: expected number, got string"],
  ['{"id":7,"tags":[]}', "JSON.parse: Probe.name: expected string, got nothing (missing member)"],
  ['{"id":7,"name":"a","tags":["x",3]}', "JSON.parse: Probe.tags[1]: expected string, got number"],
  ['{"id":7,"name":"a","tags":[],"inner":{"pins":[1,null],"label":"l"}}', "JSON.parse: Probe.inner.pins[1]: expected number, got null"],
  ['{"id":7,"name":"a","tags":[],"inner":{"pins":[],"label":false}}', "JSON.parse: Probe.inner.label: expected string, got boolean"],
  ['{"id":7,"name":"a","tags":[],"inner":{"pins":{}}}', "JSON.parse: Probe.inner.pins: expected array, got object"],
  ['[1,2]', "JSON.parse: Probe: expected object, got array"],
  ['null', "JSON.parse: Probe: expected object, got null"],
  ['{"id":7,"name":null,"tags":[]}', "JSON.parse: Probe.name: expected string, got null"],
];

/** Well-formed JSON of the Probe type, members in declaration order (tsduino prints them in that order). */
export const VALID: string[] = [
  '{"id":7,"name":"a","tags":[]}',
  ' { "id" : -0.5e1 , "name":"n\\"q","tags":["x","y\\n\\u00e9"],"inner":{"pins":[1,2,3,4,5,6,7,8],"label":null}} ',
  '{"id":1e400,"name":"","tags":["\\ud83d\\ude00"]}',
];
