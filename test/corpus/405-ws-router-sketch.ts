// A WebSocket-style message router as a sketch: loop() takes one text frame per call, parses it as JSON into
// a union of message interfaces, narrows with `in` and discriminants, answers with JSON.stringify, and keeps
// going after a bad frame.
// JSON.parse cannot read into a union (finding mix-json-parse-union): the wire format is one interface with
// optional members, converted into the union by a function that checks what is there.
interface Hello { type: "hello"; client: string; version: number }
interface Subscribe { type: "subscribe"; topics: string[] }
interface Publish { type: "publish"; topic: string; value: number }
type Frame = Hello | Subscribe | Publish;
interface Wire { type: string; client?: string; version?: number; topics?: string[]; topic?: string; value?: number }

class FrameError extends Error {
  name = "FrameError";
}

function toFrame(w: Wire): Frame {
  const { type, client, version = 1, topics, topic, value } = w;
  if (type === "hello" && client !== undefined) return { type, client, version };
  if (type === "subscribe" && topics) return { type, topics };
  if (type === "publish" && topic !== undefined && value !== undefined) return { type, topic, value };
  throw new FrameError(`bad ${type} frame`);
}

interface Reply { ok: boolean; type: string; detail?: string; count?: number }

const frames = [
  '{"type":"hello","client":"dash","version":2}',
  '{"type":"subscribe","topics":["temp","hum","temp"]}',
  '{"type":"publish","topic":"temp","value":21.25}',
  '{"type":"publish","topic":"door","value":1}',
  '{"type":"publish","topic":"hum"}',
  '{"type":"subscribe","topics":[]}',
  '{"type":"publish","topic":"hum","value":55}',
];
const subscribed = new Set<string>();
const published: [string, number][] = [];
let clientName = "?";

function handle(f: Frame): Reply {
  if (f.type === "hello") {
    clientName = f.client;
    return { ok: f.version >= 2, type: f.type, detail: `hi ${f.client}` };
  }
  if ("topics" in f) {
    for (const t of f.topics) subscribed.add(t);
    return { ok: f.topics.length > 0, type: f.type, count: subscribed.size };
  }
  const { topic, value } = f;
  if (!subscribed.has(topic)) return { ok: false, type: f.type, detail: `not subscribed: ${topic}` };
  published.push([topic, value]);
  return { ok: true, type: f.type, count: published.length };
}

export function setup(): void {
  Serial.begin(115200);
  console.log("router up");
}

let n = 0;
export function loop(): void {
  if (n > frames.length) return;
  if (n === frames.length) {
    console.log(clientName, subscribed, published.map(([t, v]) => `${t}=${v}`));
    n++;
    return;
  }
  const text = frames[n++];
  let reply: Reply;
  try {
    reply = handle(toFrame(JSON.parse(text) as Wire));
  } catch (e) {
    reply = { ok: false, type: "error", detail: e instanceof Error ? `${e.name}: ${e.message}` : "?" };
  }
  Serial.println(JSON.stringify(reply));
}
