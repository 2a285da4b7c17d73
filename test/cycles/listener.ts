class Subject {
  count = 0;
  listener: (() => void) | undefined;
}
let fired = 0;
for (let round = 0; round < 3000; round++) {
  const s = new Subject();
  s.listener = () => { s.count++; fired++; };
  s.listener();
}
console.log("fired", fired);
