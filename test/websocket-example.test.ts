// The examples through the real compiler: examples/secure-websocket/main.ts built for the board (the sketch
// folder with the WebSockets adapters, compiled to an xtensa object file against the declaration-only
// headers) and run on the host against a local wss:// echo server (the story's lines; a foreign CA never
// connects); examples/ticker-blink/main.ts run on the host (Ticker callbacks, one-shot stop).
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { renderCertModule } from "../hosttools/cert/render-module.js";
import { X509Certificate } from "node:crypto";
import { issueCertificate } from "../hosttools/cert/x509-builder.js";
import { makePki, REPO, startEchoServer, type EchoServer, type Pki } from "./helpers-ws/servers.js";

const CLI = join(REPO, "bin/tsduino.js");
const XTENSA = "/usr/bin/xtensa-lx106-elf-g++";
// The compiler reports this while it does not yet lower module-level library objects (`const x = new C()`).

function cli(args: string[], ms = 180_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile("node", [CLI, ...args], { timeout: ms, maxBuffer: 1 << 24 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })),
  );
}

/** `tsduino run` until `until` appears in stdout (then SIGTERM to the group) or `ms` pass. */
function runUntil(entry: string, until: string, ms: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn("node", [CLI, "run", entry], { stdio: ["pipe", "pipe", "pipe"], detached: true });
    let stdout = "";
    let stderr = "";
    const stop = () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(stop, ms);
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes(until)) setTimeout(stop, 200);
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", () => {
      clearTimeout(timer);
      done({ stdout: stdout.replace(/\r/g, ""), stderr });
    });
  });
}

let pki: Pki;
let work: string;
const servers: EchoServer[] = [];

/** The example pointed at a local server, with a certs.ts written the way `tsduino cert` writes it. */
function exampleFor(port: number, caPem: string): string {
  const dir = mkdtempSync(join(work, "example-"));
  const source = readFileSync(join(REPO, "examples/secure-websocket/main.ts"), "utf8")
    .replace(/^const WS_HOST = ".*";$/m, `const WS_HOST = "localhost";`)
    .replace(/^const WS_PORT = \d+;$/m, `const WS_PORT = ${port};`);
  writeFileSync(join(dir, "main.ts"), source);
  writeFileSync(join(dir, "certs.ts"), renderCertModule(`wss://localhost:${port}`, { root: new X509Certificate(caPem), source: "sent by the server", trustedBecause: "--trust-private" }));
  return join(dir, "main.ts");
}

before(() => {
  pki = makePki();
  work = mkdtempSync(join(tmpdir(), "tsduino-ws-example-"));
});
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
});

describe("examples through the compiler", () => {
  test("secure-websocket builds for the board and its sketch compiles for the ESP8266 CPU", async () => {
    const out = join(work, "device");
    const r = await cli(["build", join(REPO, "examples/secure-websocket/main.ts"), "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    const sketch = join(out, "main");
    assert.ok(existsSync(join(sketch, "src/libraries/WebSocketsClient/tsduino_WebSocketsClient.h")));
    assert.ok(!existsSync(join(sketch, "src/libraries/WebSocketsClient/host")), "host sources must not travel to the board");
    if (!existsSync(XTENSA)) return;
    const libs = readdirSync(join(sketch, "src/libraries")).map((l) => join(sketch, "src/libraries", l));
    const includes = [join(REPO, "runtime/device"), join(sketch, "src/tsduino"), ...libs].flatMap((d) => ["-I", d]);
    const cc = await new Promise<{ code: number; out: string }>((done) =>
      execFile("nice", [XTENSA, "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-c", ...includes, "-x", "c++", join(sketch, "main.ino"), "-o", join(out, "main.o")],
        { maxBuffer: 1 << 24 }, (e, so, se) => done({ code: e ? 1 : 0, out: so + se })));
    assert.equal(cc.code, 0, cc.out.split("\n").slice(0, 30).join("\n"));
  });

  test("secure-websocket on the host: the story's lines against a local wss:// echo server", async () => {
    const s = await startEchoServer({ tls: { cert: pki.server.certPem, key: pki.server.keyPem } });
    servers.push(s);
    const r = await runUntil(exampleFor(s.port, pki.ca.certPem), "[WSc] get text: Hi there!", 120_000);
    assert.match(r.stdout, /^Connecting\nConnected, IP address: 127\.0\.0\.1\n\[WSc\] Connected to url: \/\n\[WSc\] get text: Hi there!\n/, r.stdout + r.stderr);
  });

  test("secure-websocket with a CA that did not sign the server: never connected, retried", async () => {
    const s = await startEchoServer({ tls: { cert: pki.server.certPem, key: pki.server.keyPem } });
    servers.push(s);
    const other = issueCertificate({ commonName: "Unrelated Root", isCa: true });
    const r = await runUntil(exampleFor(s.port, other.certPem), "[WSc] Disconnected\n[WSc] Disconnected\n", 120_000);
    assert.ok(!r.stdout.includes("[WSc] Connected"), r.stdout);
    assert.match(r.stdout, /\[WSc\] Disconnected\n\[WSc\] Disconnected\n/);
    assert.equal(s.connections, 0);
  });

  test("an unverified wss:// connection compiles only with a warning", async () => {
    const dir = mkdtempSync(join(work, "insecure-"));
    writeFileSync(join(dir, "main.ts"), [
      `import { WebSocketsClient } from "WebSocketsClient";`,
      `const webSocket = new WebSocketsClient();`,
      `export function setup(): void { webSocket.beginSSL("example.org", 443, "/"); }`,
      `export function loop(): void { webSocket.loop(); }`,
    ].join("\n"));
    const r = await cli(["build", join(dir, "main.ts"), "--out", join(dir, "out")]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /main\.ts:3:\d+: warning.*beginSSL without a fingerprint does not verify the server/);
  });

  test("ESP8266WiFi on the host: connected at once, IPAddress printable everywhere", async () => {
    const dir = mkdtempSync(join(work, "wifi-"));
    writeFileSync(join(dir, "main.ts"), [
      `import { WiFi, WL_CONNECTED, WIFI_STA } from "ESP8266WiFi";`,
      `WiFi.mode(WIFI_STA);`,
      `console.log(WiFi.begin("ssid", "pass") === WL_CONNECTED, WiFi.isConnected());`,
      `const ip = WiFi.localIP();`,
      `Serial.println(ip);`,
      `console.log(ip);`,
      "console.log(\"ip: \" + String(ip), `${ip}`, WiFi.SSID());",
      `WiFi.disconnect();`,
      `console.log(WiFi.status(), String(WiFi.localIP()));`,
    ].join("\n"));
    const r = await cli(["run", join(dir, "main.ts")]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.replace(/\r/g, ""), "true true\n127.0.0.1\n127.0.0.1\nip: 127.0.0.1 127.0.0.1 ssid\n7 0.0.0.0\n");
  });

  test("ticker-blink on the host: toggles every 100 ms from the Ticker, then the one-shot stops it", async () => {
    const r = await runUntil(join(REPO, "examples/ticker-blink/main.ts"), "stopped after", 120_000);
    const lines = r.stdout.split("\n").filter(Boolean);
    const toggles = lines.slice(0, -1);
    // 100 ms ticks stopped at 1.05 s: ten on a quiet machine; a loaded one may drop a late tick, as os_timer does.
    assert.ok(toggles.length >= 8 && toggles.length <= 10, r.stdout);
    toggles.forEach((line, i) => assert.equal(line, i % 2 === 0 ? "LED on" : "LED off"));
    assert.equal(lines[lines.length - 1], `stopped after ${toggles.length} toggles`);
  });
});
