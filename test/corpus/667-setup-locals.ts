// A program's top-level variables that only its top-level code uses are locals of setup() (setup-locals.ts);
// the ones a function, a closure, a class or a timer mentions stay globals. Both kinds side by side, with
// shadowing in blocks, loops that update them, and reads after a function changed a global.
let counter: i32 = 0;
let text = "start";
const items: i32[] = [3, 1, 2];
let shared: i32 = 5;  // a function changes it
let viaClosure = 0;   // a closure changes it
const seenByClass: string = "class" + String(items.length);

function bumpShared(by: i32): void {
  shared += by;
}

class Reader {
  describe(): string {
    return seenByClass + ":" + String(shared);
  }
}

const add = (n: number): void => {
  viaClosure += n;
};

for (let i: i32 = 0; i < 5; i++) {
  counter += i;
  bumpShared(i);
  add(i * 2);
  text += String(counter);
}
{
  const counter = "shadow";
  console.log(counter, text);
}
items.push(counter);
items.sort((x, y) => x - y);
console.log(counter, shared, viaClosure, items, new Reader().describe());

let later: i32 = counter * 2;
let done = false;
while (!done) {
  later -= 7;
  if (later < 0) done = true;
}
console.log(later, done);

setTimeout(() => {
  console.log("timer sees", shared, viaClosure);
}, 1);
console.log("end of top level", counter, later);
