// A sketch: module-level initialisation, then setup() once, then loop() forever; it prints only during
// its first five loops so that the output does not depend on how long it runs.
let count = 0;
const started = "initialised";
console.log(started);

export function setup(): void {
  Serial.begin(115200);
  console.log("setup, count =", count);
}

export function loop(): void {
  if (count < 5) {
    count++;
    console.log("loop", count, count * count);
    if (count === 5) Serial.println("done");
  }
}
