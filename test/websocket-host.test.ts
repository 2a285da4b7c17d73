// End-to-end tests of the host WebSocketsClient (C++ over TCP + BearSSL) against real `ws` servers on
// 127.0.0.1 with certificates generated at test time: plain ws://, wss:// with the right CA, a wrong CA,
// a wrong host name and an expired certificate (all must fail with nothing delivered and be retried),
// fingerprint pinning, server close + reconnect, 10 KB text and binary echoes, fragments, ping/pong,
// heartbeat timeout, and 10,000 round trips with flat memory.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { issueCertificate } from "../hosttools/cert/x509-builder.js";
import { buildDriver, makePki, runDriver, sha1Fingerprint, startEchoServer, type EchoServer, type Pki } from "./helpers-ws/servers.js";

let pki: Pki;
const servers: EchoServer[] = [];
async function server(options: Parameters<typeof startEchoServer>[0] = {}): Promise<EchoServer> {
  const s = await startEchoServer(options);
  servers.push(s);
  return s;
}

before(async () => {
  pki = makePki();
  await buildDriver();
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe("host WebSocketsClient", () => {
  test("plain ws://: the story's lines, the library's handshake headers", async () => {
    const s = await server();
    const r = await runDriver({ mode: "plain", port: s.port, script: "hello" });
    assert.deepEqual(r.events, ["CONNECTED 1 /", "TEXT 9 Hi there!"]);
    // Destroying a connected client reports DISCONNECTED, as the library's ~WebSocketsClient() → disconnect().
    assert.deepEqual(r.lines.slice(r.lines.findIndex((l) => l.startsWith("END "))), ["END done", "DISCONNECTED 0"]);
    assert.equal(s.lastHeaders?.["sec-websocket-protocol"], "arduino");
    assert.equal(s.lastHeaders?.["user-agent"], "arduino-WebSocket-Client");
    assert.equal(s.lastHeaders?.origin, "file://");
    assert.equal(s.lastHeaders?.host, `localhost:${s.port}`);
  });

  test("wss:// with the right CA connects and echoes", async () => {
    const s = await server({ tls: { cert: pki.server.certPem, key: pki.server.keyPem } });
    const r = await runDriver({ mode: "ca", port: s.port, trust: pki.caFile, script: "hello", url: "/chat" });
    assert.deepEqual(r.events, ["CONNECTED 5 /chat", "TEXT 9 Hi there!"]);
    assert.ok(r.maxLoopMs < 50, `loop() blocked ${r.maxLoopMs} ms`);
  });

  for (const [what, cert, trust, expected] of [
    ["a wrong CA", "server", "other", /not trusted/],
    ["a wrong host name", "wrongHost", "ca", /host name/],
    ["an expired certificate", "expired", "ca", /expired/],
  ] as const) {
    test(`wss:// with ${what} never connects: one DISCONNECTED per attempt, retried every 500 ms`, async () => {
      const c = pki[cert];
      const s = await server({ tls: { cert: c.certPem, key: c.keyPem } });
      const r = await runDriver({ mode: "ca", port: s.port, trust: trust === "ca" ? pki.caFile : pki.otherCaFile, script: "hello", durationMs: 1300 });
      assert.ok(r.events.every((e) => e === "DISCONNECTED 0"), r.events.join("\n"));
      assert.ok(r.events.length >= 2 && r.events.length <= 4, `${r.events.length} attempts in 1.3 s`);
      assert.equal(s.connections, 0, "the server must never see a WebSocket");
      assert.match(r.stderr, expected);
    });
  }

  test("fingerprint pinning: the right SHA-1 connects, a wrong one fails", async () => {
    const s = await server({ tls: { cert: pki.wrongHost.certPem, key: pki.wrongHost.keyPem } });
    const good = await runDriver({ mode: "fp", port: s.port, trust: sha1Fingerprint(pki.wrongHost), script: "hello" });
    assert.deepEqual(good.events, ["CONNECTED 1 /", "TEXT 9 Hi there!"]);
    const bad = await runDriver({ mode: "fp", port: s.port, trust: "00".repeat(20), script: "hello", durationMs: 700 });
    assert.ok(bad.events.length >= 1 && bad.events.every((e) => e === "DISCONNECTED 0"), bad.events.join("\n"));
    assert.match(bad.stderr, /not trusted/);
  });

  test("client certificate (setSSLClientCertKey) for a server that requires one", async () => {
    const s = await server({ tls: { cert: pki.server.certPem, key: pki.server.keyPem, ca: pki.ca.certPem } });
    const client = issueCertificate({ commonName: "esp8266-client", issuer: pki.ca });
    const certFile = join(pki.dir, "client.pem");
    const keyFile = join(pki.dir, "client-key.pem");
    writeFileSync(certFile, client.certPem);
    writeFileSync(keyFile, client.keyPem);
    const withCert = await runDriver({ mode: "ca", port: s.port, trust: pki.caFile, script: "hello", clientCert: [certFile, keyFile] });
    assert.deepEqual(withCert.events, ["CONNECTED 1 /", "TEXT 9 Hi there!"]);
    const without = await runDriver({ mode: "ca", port: s.port, trust: pki.caFile, script: "hello", durationMs: 700 });
    assert.ok(without.events.length >= 1 && without.events.every((e) => e === "DISCONNECTED 0"), without.events.join("\n"));
  });

  test("server-initiated close → DISCONNECTED, then reconnect after the interval", async () => {
    const s = await server({ closeAfterMs: 100 });
    const r = await runDriver({ mode: "plain", port: s.port, script: "none", durationMs: 1600 });
    const connects = r.events.filter((e) => e.startsWith("CONNECTED")).length;
    assert.equal(r.events[0], "CONNECTED 1 /");
    assert.equal(r.events[1], "DISCONNECTED 0");
    assert.ok(connects >= 2, r.events.join("\n"));
  });

  test("10 KB text echo arrives whole and NUL-terminated; binary echo is byte-exact", async () => {
    const s = await server({ tls: { cert: pki.server.certPem, key: pki.server.keyPem } });
    const big = await runDriver({ mode: "ca", port: s.port, trust: pki.caFile, script: "big" });
    assert.ok(big.lines.includes("TEXT 10240 nul=1"), big.lines.join("\n"));
    assert.ok(big.lines.includes("MATCH 1"));
    const bin = await runDriver({ mode: "ca", port: s.port, trust: pki.caFile, script: "bin" });
    const sent = bin.lines.find((l) => l.startsWith("SENT-BIN"))!.split(" ");
    assert.ok(bin.lines.includes(`BIN ${sent[1]} ${sent[2]}`), bin.lines.join("\n"));
  });

  test("fragmented server message → FRAGMENT_TEXT_START, FRAGMENT, FRAGMENT_FIN", async () => {
    const s = await server({ fragments: ["Hel", "lo, ", "world"] });
    const r = await runDriver({ mode: "plain", port: s.port, script: "none", durationMs: 800 });
    assert.deepEqual(r.events.slice(0, 4), ["CONNECTED 1 /", "FRAGMENT_TEXT_START 3 Hel", "FRAGMENT 4 lo, ", "FRAGMENT_FIN 5 world"]);
  });

  test("ping → PONG event with the payload", async () => {
    const s = await server();
    const r = await runDriver({ mode: "plain", port: s.port, script: "ping" });
    assert.deepEqual(r.events, ["CONNECTED 1 /", "PONG 3 abc"]);
    assert.equal(s.pingsReceived, 1);
  });

  test("heartbeat: pings every interval; a silent server is dropped after N timeouts", async () => {
    const alive = await server();
    const ok = await runDriver({ mode: "plain", port: alive.port, script: "none", durationMs: 800, heartbeat: [100, 100, 2] });
    assert.ok(ok.events.filter((e) => e.startsWith("PONG")).length >= 3, ok.events.join("\n"));
    assert.ok(!ok.events.includes("DISCONNECTED 0"));
    const silent = await server({ autoPong: false });
    const dropped = await runDriver({ mode: "plain", port: silent.port, script: "none", durationMs: 900, reconnectMs: 5000, heartbeat: [100, 100, 2] });
    assert.deepEqual(dropped.events, ["CONNECTED 1 /", "DISCONNECTED 0"]);
    assert.match(dropped.stderr, /heartbeat/);
  });

  test("messages over 15 KB close the connection (1009), as the library does", async () => {
    const s = await server({ fragments: ["x".repeat(16 * 1024)] });
    const r = await runDriver({ mode: "plain", port: s.port, script: "none", durationMs: 800, reconnectMs: 5000 });
    assert.deepEqual(r.events, ["CONNECTED 1 /", "DISCONNECTED 0"]);
  });

  test("10,000 round trips over wss:// with flat memory", async () => {
    const s = await server({ tls: { cert: pki.server.certPem, key: pki.server.keyPem } });
    const r = await runDriver({ mode: "ca", port: s.port, trust: pki.caFile, script: "roundtrips", scriptArg: 10000, durationMs: 60000 });
    assert.ok(r.lines.includes("ROUNDTRIPS 10000"), r.lines.join("\n"));
    const [, warm, end] = r.lines.find((l) => l.startsWith("HEAP "))!.split(" ").map(Number);
    assert.ok(Math.abs(end - warm) < 4096, `heap grew from ${warm} to ${end} bytes`);
  });

  test("unreachable port: DISCONNECTED per attempt, never CONNECTED", async () => {
    const s = await server();
    const port = s.port;
    await s.close();
    servers.splice(servers.indexOf(s), 1);
    const r = await runDriver({ mode: "plain", port, script: "hello", durationMs: 700 });
    assert.ok(r.events.length >= 1 && r.events.every((e) => e === "DISCONNECTED 0"), r.events.join("\n"));
  });
});
