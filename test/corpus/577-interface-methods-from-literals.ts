// MQTT-style topic handlers: an interface with method signatures, implemented by a class and by object literals
// whose function properties stand for the methods (util.inspect prints those as functions, JSON drops them).
interface Handler {
  topic: string;
  handle(payload: string, qos: number): void;
  score(weight: number): number;
}
class LogHandler implements Handler {
  topic = "log";
  lines = 0;
  handle(payload: string, qos: number): void {
    this.lines++;
    console.log(`[log q${qos}] ${payload}`);
  }
  score(weight: number): number {
    return weight * 2 + this.lines;
  }
}
let received = 0;
const counter: Handler = {
  topic: "count",
  handle: (payload: string, qos: number) => {
    received += payload.length + qos;
  },
  score: (weight: number) => weight + received,
};
const handlers: Handler[] = [new LogHandler(), counter, { topic: "noop", handle: () => {}, score: (w) => -w }];
for (const message of ["on", "off", "toggle"]) {
  for (const h of handlers) h.handle(message, message.length % 2);
}
for (const h of handlers) console.log(h.topic, h.score(10));
console.log(received);
console.log(counter);
console.log(handlers);
console.log(JSON.stringify(handlers));
