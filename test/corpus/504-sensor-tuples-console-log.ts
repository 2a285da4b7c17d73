// Was finding mix-console-log-tuple (session 5 fix: console.log of tuples).
// A sensor pipeline: raw frames decoded into [name, value] tuples with flatMap, grouped into a class whose
// field names are listed with Object.keys, summarised with reduce and printed with console.log.
type Reading = [sensor: string, value: number];

class Summary {
  count = 0;
  min = Infinity;
  max = -Infinity;
  sum = 0;
}

const frames = ["t1=21.5;t2=19.25;h1=40", "t1=22;h1=41;bad;h2=39.5", "", "t2=18.75;t1=22.5"];

function decode(frame: string): Reading[] {
  return frame
    .split(";")
    .filter((part) => part.includes("="))
    .map((part): Reading => {
      const [name, raw] = part.split("=");
      return [name, Number(raw)];
    });
}

const readings: Reading[] = frames.flatMap(decode);
console.log(readings.length);
console.log(readings.slice(0, 3));

const summaries = new Map<string, Summary>();
for (const [sensor, value] of readings) {
  let s = summaries.get(sensor);
  if (!s) {
    s = new Summary();
    summaries.set(sensor, s);
  }
  s.count++;
  s.sum += value;
  s.min = Math.min(s.min, value);
  s.max = Math.max(s.max, value);
}

console.log(Object.keys(new Summary()).join(","));
for (const [sensor, s] of summaries) {
  const { count, min, max, sum } = s;
  console.log(sensor, count, min, max, (sum / count).toFixed(2));
}
const kinds = [...new Set(readings.map(([name]) => name.charAt(0)))];
console.log(kinds);
const hottest = readings.reduce(([bn, bv], [n, v]): Reading => (v > bv ? [n, v] : [bn, bv]), ["none", -Infinity]);
console.log(hottest);
console.log(summaries.get("t1"));
