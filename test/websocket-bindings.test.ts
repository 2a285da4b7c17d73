// The library adapters (runtime/libraries/*/tsduino_*.h) as generated code uses them: a sketch using every
// bound API compiles to an xtensa object file against the declaration-only ESP8266 headers (-Werror), and
// the story's sketch, lowered by hand, builds for the host with each binding.json's hostSources/hostFlags
// and talks to a real wss:// echo server: the story's lines with the right CA, only "[WSc] Disconnected"
// (retried every 500 ms) against a server signed by another CA. Ticker callbacks fire during delay().
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { issueCertificate } from "../hosttools/cert/x509-builder.js";
import { makePki, REPO, startEchoServer, type EchoServer, type Pki } from "./helpers-ws/servers.js";

const LIBS = ["WebSocketsClient", "ESP8266WiFi", "ESP8266WiFiMulti", "Ticker"];
const LIB_DIRS = LIBS.map((l) => join(REPO, "runtime/libraries", l));
const XTENSA = "/usr/bin/xtensa-lx106-elf-g++";

interface Binding { hostSources: string[]; hostFlags: string[] }
const bindings: Binding[] = LIB_DIRS.map((d) => JSON.parse(readFileSync(join(d, "binding.json"), "utf8")) as Binding);

function cpp(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".cpp")).map((f) => join(dir, f)) : [];
}

function run(cmd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((done) =>
    execFile(cmd, args, { maxBuffer: 1 << 24 }, (error, stdout, stderr) => done({ code: error ? 1 : 0, out: stdout + stderr })),
  );
}

/** Runs the sketch until it exits or `ms` pass; returns stdout. */
function runSketch(exe: string, env: Record<string, string>, ms: number): Promise<{ stdout: string; stderr: string; exited: boolean }> {
  return new Promise((done) => {
    const child = spawn(exe, [], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let exited = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code) => {
      exited = code === 0;
      clearTimeout(timer);
    });
    child.on("close", () => done({ stdout, stderr, exited }));
  });
}

let pki: Pki;
let work: string;
let exe: string;
const servers: EchoServer[] = [];

before(async () => {
  pki = makePki();
  work = mkdtempSync(join(tmpdir(), "tsduino-bindings-"));
  const pem = pki.ca.certPem.trim().replace(/\n/g, "\\n");
  writeFileSync(
    join(work, "story_endpoint.h"),
    `#include <stdlib.h>\n#define WS_HOST "localhost"\n#define WS_PORT atoi(getenv("WS_PORT"))\n` +
      `static const char ENDPOINT_CA_CERT_text[] PROGMEM = "${pem}\\n";\n` +
      `static const ts::String ENDPOINT_CA_CERT = ts::String::literal(ENDPOINT_CA_CERT_text, sizeof(ENDPOINT_CA_CERT_text) - 1);\n`,
  );
  const includes = ["runtime/arduino", "runtime/core"].map((d) => join(REPO, d)).concat(LIB_DIRS, [work]).flatMap((d) => ["-I", d]);
  const sources = [
    ...cpp(join(REPO, "runtime/core")), ...cpp(join(REPO, "runtime/arduino")), ...cpp(join(REPO, "runtime/host")),
    ...bindings.flatMap((b, i) => b.hostSources.map((s) => join(LIB_DIRS[i], s))),
  ];
  // Object files two at a time (2-core machine), then one link with every binding's hostFlags.
  const objects: string[] = [];
  for (let i = 0; i < sources.length; i += 2) {
    const batch = sources.slice(i, i + 2).map(async (src, j) => {
      const obj = join(work, `${i + j}.o`);
      const r = await run("nice", ["g++", "-std=gnu++17", "-O1", "-Wall", "-Wextra", "-fno-exceptions", "-fno-rtti", ...includes, "-c", src, "-o", obj]);
      assert.equal(r.code, 0, `${src}:\n${r.out}`);
      return obj;
    });
    objects.push(...(await Promise.all(batch)));
  }
  exe = join(work, "story");
  const flags = [...new Set(bindings.flatMap((b) => b.hostFlags))];
  const link = await run("nice", ["g++", "-std=gnu++17", "-O1", "-Wall", "-Wextra", "-Werror", "-fno-exceptions", "-fno-rtti", ...includes,
    "-x", "c++", join(REPO, "test/helpers-ws/story_sketch.ino"), "-x", "none", ...objects, ...flags, "-o", exe]);
  assert.equal(link.code, 0, link.out);
});

after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("library bindings", () => {
  test("every bound API compiles for the ESP8266 CPU against the declaration-only headers", { skip: !existsSync(XTENSA) && "xtensa-lx106-elf-g++ missing" }, async () => {
    const includes = ["runtime/device", "runtime/core"].map((d) => join(REPO, d)).concat(LIB_DIRS).flatMap((d) => ["-I", d]);
    const r = await run("nice", [XTENSA, "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-Wall", "-Wextra", "-Werror", ...includes,
      "-c", "-x", "c++", join(REPO, "test/helpers-ws/all_bindings_sketch.ino"), "-o", join(work, "all.o")]);
    assert.equal(r.code, 0, r.out);
  });

  test("the story's sketch on the host: connected over wss:// with the CA, 'Hi there!' echoed; Ticker ran", async () => {
    const s = await startEchoServer({ tls: { cert: pki.server.certPem, key: pki.server.keyPem } });
    servers.push(s);
    const r = await runSketch(exe, { WS_PORT: String(s.port) }, 5000);
    assert.ok(r.exited, `did not finish:\n${r.stdout}\n${r.stderr}`);
    assert.equal(
      r.stdout.replace(/\r/g, ""),
      "Connecting\nConnected, IP address: 127.0.0.1\n[WSc] Connected to url: /\n[WSc] get text: Hi there!\n\n[WSc] led toggles so far: some\n",
    );
  });

  test("a server signed by another CA: no CONNECTED, one '[WSc] Disconnected' per attempt", async () => {
    const foreign = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: pki.otherCa });
    const s = await startEchoServer({ tls: { cert: foreign.certPem, key: foreign.keyPem } });
    servers.push(s);
    const r = await runSketch(exe, { WS_PORT: String(s.port) }, 1400);
    const lines = r.stdout.replace(/\r/g, "").split("\n").filter(Boolean);
    assert.deepEqual(lines.slice(0, 2), ["Connecting", "Connected, IP address: 127.0.0.1"]);
    const rest = lines.slice(2);
    assert.ok(rest.length >= 2 && rest.every((l) => l === "[WSc] Disconnected"), rest.join("\n"));
    assert.equal(s.connections, 0);
    assert.match(r.stderr, /\[WS-Client\] TLS handshake failed: certificate not trusted/);
  });
});
