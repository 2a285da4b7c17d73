// Issue 11: a TypeError the runtime raises in a called function is catchable up the call stack. An MQTT-style
// message loop: the handler calls a parser, the parser reads a member of a missing sub-object (`msg.sensor!.id`)
// two calls down; the loop catches it, checks `instanceof TypeError` and `e.name`, counts the failure and goes
// on; finally blocks on the way out run in Node's order.
interface Sensor { id: string; scale: number }
interface Message { topic: string; sensor?: Sensor; values: number[] }

const log: string[] = [];

function scaled(msg: Message, i: number): number {
  return msg.values[i] * msg.sensor!.scale;
}

function parse(msg: Message): string {
  try {
    const id = msg.sensor!.id;
    return `${id}:${scaled(msg, 0).toFixed(1)}`;
  } finally {
    log.push(`parsed ${msg.topic}`);
  }
}

function handle(msg: Message): number {
  const text = parse(msg);
  console.log("handled", text);
  return text.length;
}

const inbox: Message[] = [
  { topic: "home/t", sensor: { id: "t1", scale: 0.5 }, values: [41] },
  { topic: "home/bad", values: [1, 2] },
  { topic: "home/h", sensor: { id: "h7", scale: 2 }, values: [20.25] },
];

let ok = 0;
let failed = 0;
for (let tick = 0; tick < 2; tick++) {
  for (const msg of inbox) {
    try {
      ok += handle(msg);
    } catch (e) {
      failed++;
      if (e instanceof TypeError) console.log(`tick ${tick} ${msg.topic}: ${e.name}: ${e.message}`);
      else console.log("other", String(e));
    } finally {
      log.push(`done ${msg.topic}`);
    }
  }
}
console.log(ok, failed);
console.log(log.join(", "));
