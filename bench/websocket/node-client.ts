// The Node side of the WebSocket benchmark: a `ws` client doing what test/helpers-ws/ws_driver.cpp does in
// its "roundtrips" script (send "message i", wait for the echo, send the next), run as its own process so
// that it and the C++ client each face the echo server alone. Prints `RATE <round trips per second>`.
//   node node-client.js <url> <ca.pem|-> <count>
import { readFileSync } from "node:fs";
import WebSocket from "ws";

const [url, caFile, countText] = process.argv.slice(2);
const count = Number(countText);
const socket = new WebSocket(url, "arduino", caFile && caFile !== "-" ? { ca: readFileSync(caFile) } : {});
let done = 0;
let start = 0;
socket.on("open", () => {
  start = performance.now();
  socket.send("message 0");
});
socket.on("message", () => {
  done++;
  if (done >= count) {
    const seconds = (performance.now() - start) / 1000;
    console.log(`RATE ${(done / seconds).toFixed(1)}`);
    socket.close();
    return;
  }
  socket.send(`message ${done}`);
});
socket.on("error", (e) => {
  console.error(`node client: ${e.message}`);
  process.exit(1);
});
