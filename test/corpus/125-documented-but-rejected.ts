console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.hypot(3, 4), Math.hypot(1, 2, 3));
const bytes = new Uint8Array(3);
bytes[0] = 1;
bytes[0] <<= 3;
bytes[1]--;
bytes[2]++;
console.log(bytes.join(","), bytes[0]++, ++bytes[0]);
enum State { Idle, Connected }
const s = State["Connected"];
console.log(s, State["Idle"]);
class Box { constructor(public v: number) {} get() { return this; } }
function mk(): Box | undefined { return new Box(4); }
console.log(mk()?.get().v, String(mk()?.v));
const arr: number[] = [];
console.log(arr[0] === undefined, `${arr[3]}`, "x" + arr[1], arr[2] ?? 7);
const buf: number[] = new Array<number>(3).fill(1);
console.log(buf.join("-"));
