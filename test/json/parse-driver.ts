// Reads a JSON text from Serial (stdin on the host) up to a 0x04 byte and parses it: an invalid text ends the
// program with Node's "Uncaught SyntaxError: …" line (json.test.ts runs it once per text).
let text = "";
let done = false;

export function setup(): void {
  Serial.begin(115200);
}

export function loop(): void {
  while (!done && Serial.available() > 0) {
    const c = Serial.read();
    if (c === 4) {
      done = true;
      const values = JSON.parse(text) as number[];
      console.log("parsed", values.length);
      return;
    }
    text += String.fromCharCode(c);
  }
}
