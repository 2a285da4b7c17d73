// `<`, `>`, `<=`, `>=` on objects or arrays compare their string forms in JavaScript: rejected.
class Box {
  constructor(public n: number) {}
}
const a = new Box(1);
const b = new Box(2);
console.log(/*@error TSD2168 on objects or arrays*/a < b);
