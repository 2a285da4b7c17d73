// A sensor buffer declared as i32[] and used through aliases without annotations: every name is the same
// array (pushes and writes are seen by all of them), including a `let` alias that a for-of body reassigns.
const readings: i32[] = [12, 15, 11];
let window = readings;
window.push(19);
window[0] += 3;
console.log(readings.length, readings[0], readings === window);
function spikes(): i32[] {
  return [40, 2, 37];
}
const found = spikes();
found[1] = 50;
let sum = 0;
for (const r of window) {
  sum += r;
  if (r > 14) window = found;
}
console.log(sum, window === found, found.join("/"));
const bytes: u8[] = [1, 2, 3];
const frame = bytes;
frame[2] = 9;
console.log(bytes.join(","), frame.length);
