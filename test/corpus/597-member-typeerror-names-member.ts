// A handle that is undefined at run time although its type says otherwise (`queue.shift()!` on an empty queue,
// passed to a function; a destructured tuple element past the end) stops with Node's TypeError naming the member
// it reads (mutants m-300-…-43000361 and m-287-…-43000911 printed "Cannot read properties of null or undefined").
interface Reading {
  kind: "temp" | "hum";
  value: number;
}
type Event = { at: number; name: string };
function describe(r: Reading): string {
  return `${r.kind}=${r.value}`;
}
const queue: Reading[] = [{ kind: "temp", value: 21 }, { kind: "hum", value: 40 }];
const events: Event[] = [{ at: 5, name: "boot" }];
const pair = (tag: string, e: Event): [string, Event] => [tag, e];
const [label, first] = pair("e", events[0]);
console.log(label, first.at, first.name);
const [, missing] = pair("f", events[1]);
console.log(missing === undefined);
let handled = 0;
while (handled < 3) {
  const r = queue.shift()!;
  console.log(describe(r));
  handled++;
}
console.log("not reached", missing.at);
