// Errors the runtime raises are ordinary catchable errors: RangeErrors from number formatting and
// String.prototype.repeat, with Node's messages.
function formatReading(value: number, digits: number): string {
  try {
    return value.toFixed(digits);
  } catch (e) {
    if (e instanceof RangeError) return "bad digits (" + e.message + ")";
    throw e;
  }
}

console.log(formatReading(21.456, 1));
console.log(formatReading(21.456, 101));
console.log(formatReading(21.456, -1));

const attempts: (() => string)[] = [
  () => (3.14159).toPrecision(3),
  () => (3.14159).toPrecision(0),
  () => (255).toString(16),
  () => (255).toString(1),
  () => (0.000123).toExponential(2),
  () => (1).toExponential(200),
  () => "ab".repeat(3),
  () => "ab".repeat(-2),
];
for (let i = 0; i < attempts.length; i++) {
  try {
    console.log(i, attempts[i]());
  } catch (e) {
    const err = e as Error;
    console.log(i, err.name, err.message, String(err));
  }
}

let caught = 0;
for (let d = 98; d <= 103; d++) {
  try {
    const s = (1 / 3).toFixed(d);
    console.log(d, s.length);
  } catch {
    caught++;
  }
}
console.log("caught", caught);
