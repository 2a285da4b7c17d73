// CSV telemetry import: a header line destructured into column names, rows split by a regex that allows
// quoted fields, each row turned into a record with optional columns; bad rows throw RowError (with the
// line number) and are skipped; totals per device in a Map; output as console.log and JSON lines.
interface Row { device: string; ts: number; temp: number; note?: string }

class RowError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = "RowError";
  }
}

const csv = `device,ts,temp,note
esp-a,1000,21.5,
esp-b,1000,19.0,"cold, dry"
esp-a,1060,21.75,"door ""open"""
esp-c,abc,20,
esp-b,1060,,missing
esp-a,1120,22.0,ok`;

const FIELD = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g;

function fields(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(FIELD)) out.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2] ?? "");
  return out;
}

const [header, ...lines] = csv.split("\n");
const columns = fields(header);
console.log(columns);
const rows: Row[] = [];
lines.forEach((text, i) => {
  try {
    const [device, ts, temp, note] = fields(text);
    if (!/^\d+$/.test(ts)) throw new RowError(i + 2, `bad timestamp '${ts}'`);
    if (temp === "") throw new RowError(i + 2, "no temperature");
    rows.push(note ? { device, ts: Number(ts), temp: Number(temp), note } : { device, ts: Number(ts), temp: Number(temp) });
  } catch (e) {
    if (e instanceof RowError) console.log(e.message);
  }
});
const totals = new Map<string, [count: number, sum: number]>();
for (const { device, temp } of rows) {
  const [count, sum] = totals.get(device) ?? [0, 0];
  totals.set(device, [count + 1, sum + temp]);
}
for (const [device, [count, sum]] of totals) console.log(device, count, (sum / count).toFixed(3));
for (const r of rows) console.log(JSON.stringify(r));
console.log(rows.filter((r) => r.note !== undefined));
