// Discriminated unions of anonymous object types (no interface declared): results of a parser, WebSocket-
// style frames, and a reading that is either a number or an error record, switched on, narrowed with `in`.
type Frame =
  | { type: "text"; data: string }
  | { type: "binary"; bytes: number[] }
  | { type: "close"; code: number; reason: string }
  | { type: "ping" };

type Parsed = { ok: true; value: number; unit: string } | { ok: false; error: string; at: number };

function parseReading(text: string): Parsed {
  const space = text.indexOf(" ");
  if (space < 0) return { ok: false, error: "no unit", at: text.length };
  const value = parseFloat(text.slice(0, space));
  if (isNaN(value)) return { ok: false, error: "not a number", at: 0 };
  return { ok: true, value, unit: text.slice(space + 1) };
}

function frameSize(f: Frame): number {
  switch (f.type) {
    case "text": return f.data.length;
    case "binary": return f.bytes.length;
    case "close": return 2 + f.reason.length;
    case "ping": return 0;
  }
}

const frames: Frame[] = [
  { type: "text", data: "21.5 C" },
  { type: "binary", bytes: [1, 2, 3, 250] },
  { type: "text", data: "humid %" },
  { type: "ping" },
  { type: "text", data: "1013" },
  { type: "close", code: 1000, reason: "bye" },
];

let bytes = 0;
const readings: number[] = [];
for (const f of frames) {
  bytes += frameSize(f);
  if (f.type === "text") {
    const r = parseReading(f.data);
    if (r.ok) {
      readings.push(r.value);
      console.log("reading", r.value, r.unit);
    } else {
      console.log("bad frame", JSON_like(f.data), r.error, "at", r.at);
    }
  } else if ("bytes" in f) {
    console.log("binary", f.bytes.join(","), f.bytes.reduce((a, b) => a + b, 0));
  } else if ("code" in f) {
    console.log("close", f.code, f.reason);
  } else {
    console.log("ping");
  }
}
console.log("bytes", bytes, "readings", readings.join(" "));

function JSON_like(s: string): string {
  return `"${s}"`;
}
