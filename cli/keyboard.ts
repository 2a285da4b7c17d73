// Keyboard input for the monitor. On a terminal: raw mode with a minimal line editor (echo, backspace), Enter
// sends the line, Ctrl-C or Ctrl-] quits. From a pipe: each input line is sent; end of input does not quit.
import { createInterface } from "node:readline";

export function readKeyboard(onLine: (line: string) => void, onQuit: () => void, input: NodeJS.ReadStream = process.stdin): () => void {
  if (!input.isTTY) {
    const rl = createInterface({ input });
    rl.on("line", onLine);
    return () => rl.close();
  }
  let line = "";
  input.setRawMode(true);
  input.resume();
  const onData = (chunk: Buffer) => {
    for (const byte of chunk) {
      if (byte === 0x03 || byte === 0x1d) return onQuit();
      if (byte === 0x0d || byte === 0x0a) {
        process.stderr.write("\r\n");
        onLine(line);
        line = "";
      } else if (byte === 0x7f || byte === 0x08) {
        if (line.length > 0) {
          line = line.slice(0, -1);
          process.stderr.write("\b \b");
        }
      } else if (byte >= 0x20) {
        line += String.fromCharCode(byte);
        process.stderr.write(String.fromCharCode(byte));
      }
    }
  };
  input.on("data", onData);
  return () => {
    input.off("data", onData);
    input.setRawMode(false);
    input.pause();
  };
}
