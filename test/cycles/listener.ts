// A listener closure that captures the object it listens to (issue 16), rebuilt every round.
const ROUNDS = 3000;
class Subject {
  count = 0;
  listener: (() => void) | undefined;
}
let fired = 0;
for (let round = 0; round < ROUNDS; round++) {
  const s = new Subject();
  s.listener = () => { s.count++; fired++; };
  s.listener();
}
console.log("fired", fired);
