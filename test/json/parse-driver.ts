// Reads a JSON text from Serial (stdin on the host) up to a 0x04 byte, parses it as a Probe and prints it:
// an invalid text ends the program with Node's "Uncaught SyntaxError: …" line, well-formed JSON of the wrong
// shape with tsduino's "Uncaught TypeError: JSON.parse: <path>: …" (json.test.ts runs it once per text).
interface Inner {
  pins: number[];
  label: string | null;
}
interface Probe {
  id: number;
  name: string;
  tags: string[];
  inner?: Inner;
}

Serial.begin(115200);
let text = "";
let reading = true;
while (reading) {
  if (Serial.available() > 0) {
    const c = Serial.read();
    if (c === 4) reading = false;
    else text += String.fromCharCode(c);
  } else {
    delay(1);
  }
}
const probe = JSON.parse(text) as Probe;
console.log(probe);
