// MQTT topic filters: '+' and '#' wildcards matched level by level, subscriptions as tuples of filter and
// handler name, a message routed to every match; topics validated with a regex, rejects thrown and caught.
type Subscription = readonly [filter: string, handler: string];

class TopicError extends Error {
  name = "TopicError";
}

const VALID = /^[^#+\u0000]+(\/[^#+\u0000]*)*$/;

function matches(filter: string, topic: string): boolean {
  const f = filter.split("/");
  const t = topic.split("/");
  for (let i = 0; i < f.length; i++) {
    if (f[i] === "#") return true;
    if (i >= t.length) return false;
    if (f[i] !== "+" && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}

const subscriptions: Subscription[] = [
  ["home/+/temp", "temperature"],
  ["home/#", "logger"],
  ["home/kitchen/+", "kitchen"],
  ["garden/+/moisture", "irrigation"],
  ["+/+/alarm", "siren"],
];

function route(topic: string): string[] {
  if (!VALID.test(topic)) throw new TopicError(`invalid topic ${JSON.stringify(topic)}`);
  return subscriptions.filter(([filter]) => matches(filter, topic)).map(([, handler]) => handler);
}

const topics = ["home/kitchen/temp", "home/hall/alarm", "garden/bed1/moisture", "garden/bed1", "home/+/temp", "office/a/alarm", "home"];
const counts = new Map<string, number>();
for (const topic of topics) {
  try {
    const handlers = route(topic);
    console.log(topic.padEnd(22), handlers);
    for (const h of handlers) counts.set(h, (counts.get(h) ?? 0) + 1);
  } catch (e) {
    if (e instanceof TopicError) console.log(`${e.name}: ${e.message}`);
  }
}
console.log([...counts.keys()].sort(), counts);
