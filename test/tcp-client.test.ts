// WiFiClient on the host: examples/tcp-client/main.ts (the core's WiFiClient example) through the real
// compiler against a local quote-of-the-day style TCP server (Node's net): the line the sketch sends, the
// lines it prints until the server closes, "connection failed" for a refused port.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:net";
import { after, before, describe, test } from "node:test";
import { buildExample, start } from "./helpers-net/net.js";

let server: Server;
let port = 0;
const received: string[] = [];

describe("WiFiClient on the host", { timeout: 180_000 }, () => {
  before(async () => {
    server = createServer((socket) => {
      let got = "";
      socket.on("data", (d: Buffer) => {
        got += d.toString("latin1");
        if (got.endsWith("\r\n")) {
          received.push(got);
          socket.write("Quote of the day:\n");
          socket.end("Wer nichts weiß, muss alles glauben. – Marie von Ebner-Eschenbach\n");
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    port = (server.address() as { port: number }).port;
  });
  after(() => {
    if (server?.listening) server.close();
  });

  let executable = "";

  test("the example sends its line and prints the server's lines until it closes", async () => {
    const built = await buildExample("tcp-client", (s) =>
      s.replace(/^const HOST = ".*";$/m, `const HOST = "localhost";`).replace(/^const PORT = \d+;$/m, `const PORT = ${port};`).replace(/^const AGAIN_MS = \d+;$/m, "const AGAIN_MS = 200;"),
    );
    executable = built.executable;
    const run = start(executable);
    try {
      // Twice: the connection is reopened after AGAIN_MS.
      await run.waitFor(/(closing connection\n[^]*){2}/);
    } finally {
      await run.stop();
    }
    assert.deepEqual(received.slice(0, 2), ["hello from ESP8266\r\n", "hello from ESP8266\r\n"]);
    const first = run.stdout().split("closing connection\n")[0];
    assert.equal(first, `WiFi connected\nconnecting to localhost:${port}\nreceiving from remote server\nQuote of the day:\nWer nichts weiß, muss alles glauben. – Marie von Ebner-Eschenbach\n\n`);
  });

  test("the server gone (refused): connection failed", async () => {
    assert.ok(executable, "built by the previous test");
    await new Promise<void>((r) => server.close(() => r()));
    const run = start(executable);
    try {
      await run.waitFor("connection failed\n");
    } finally {
      await run.stop();
    }
    assert.equal(run.stdout(), `WiFi connected\nconnecting to localhost:${port}\nconnection failed\n`);
  });
});
