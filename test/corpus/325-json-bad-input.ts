// A malformed message: JSON.parse throws Node's SyntaxError (uncaught here).
interface Msg {
  topic: string;
  value: number;
}
const good = JSON.parse('{"topic":"a/b","value":3}') as Msg;
console.log(good.topic, good.value);
const payloads = ['{"topic":"x","value":1}', '{"topic": "sensors/temperature/room-1", "value": 21.5,, "unit": "C"}'];
for (const p of payloads) {
  const m = JSON.parse(p) as Msg;
  console.log("got", m);
}
