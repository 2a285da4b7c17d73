// `npm run demo`: the secure-WebSockets story on this PC, end to end. It makes a throw-away CA and a server
// certificate for localhost (hosttools/cert/x509-builder), starts a wss:// echo server (the `ws` package over
// https) on 127.0.0.1, fetches its root CA with `tsduino cert` as a user would, builds
// examples/secure-websocket/main.ts for the host pointed at that server, runs it and shows its Serial output
// until the story's `[WSc] get text: Hi there!` line arrives.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocketServer } from "ws";
import { issueCertificate } from "../hosttools/cert/x509-builder.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(REPO, "bin", "tsduino.js");
const EXAMPLE = join(REPO, "examples", "secure-websocket", "main.ts");
const TIMEOUT_MS = 120_000;

function say(line: string): void {
  console.log(`\x1b[36m[demo]\x1b[0m ${line}`);
}

async function main(): Promise<number> {
  say("making a throw-away CA and a certificate for localhost");
  const years = 365 * 24 * 60 * 60 * 1000;
  const ca = issueCertificate({ commonName: "tsduino demo Root CA", organization: "tsduino demo", isCa: true, notAfter: new Date(Date.now() + 2 * years) });
  const server = issueCertificate({ commonName: "localhost", altNames: ["localhost", "127.0.0.1"], issuer: ca });

  // The server sends its chain (leaf + root) as many servers do; `tsduino cert` verifies it and picks the root.
  // The throw-away CA is private, so the demo says which one it expects, as you would for your own CA.
  const caSha256 = new X509Certificate(ca.certPem).fingerprint256;
  const https = createServer({ cert: server.certPem + ca.certPem, key: server.keyPem });
  const wss = new WebSocketServer({ server: https });
  wss.on("connection", (socket, request) => {
    say(`server: connection from the sketch (protocol '${request.headers["sec-websocket-protocol"]}', user agent '${request.headers["user-agent"]}')`);
    socket.on("message", (data, isBinary) => {
      say(`server: echoing ${JSON.stringify(data.toString())}`);
      socket.send(data, { binary: isBinary });
    });
  });
  https.on("tlsClientError", (e) => say(`server: TLS error: ${e.message}`));
  await new Promise<void>((done) => https.listen(0, "127.0.0.1", () => done()));
  const port = (https.address() as AddressInfo).port;
  say(`wss echo server listening on wss://localhost:${port}/`);

  const work = mkdtempSync(join(tmpdir(), "tsduino-demo-"));
  try {
    say(`npx tsduino cert wss://localhost:${port} --out certs.ts --expect-sha256 ${caSha256}`);
    const cert = await runCli(["cert", `wss://localhost:${port}`, "--out", join(work, "certs.ts"), "--expect-sha256", caSha256], work);
    if (cert !== 0) return fail("tsduino cert failed");
    console.log(readFileSync(join(work, "certs.ts"), "utf8").split("\n").filter((l) => l.startsWith("//")).join("\n"));

    // The example, pointed at the local server instead of echo.websocket.org:443.
    const source = readFileSync(EXAMPLE, "utf8")
      .replace(/^const WS_HOST = ".*";$/m, `const WS_HOST = "localhost";`)
      .replace(/^const WS_PORT = \d+;$/m, `const WS_PORT = ${port};`);
    writeFileSync(join(work, "main.ts"), source);
    say(`npx tsduino run examples/secure-websocket/main.ts  (WS_HOST = "localhost", WS_PORT = ${port})`);
    const ok = await runSketch(join(work, "main.ts"), work);
    return ok ? 0 : fail("the sketch did not print '[WSc] get text: Hi there!'");
  } finally {
    for (const c of wss.clients) c.terminate();
    wss.close();
    https.close();
    rmSync(work, { recursive: true, force: true });
  }
}

function fail(message: string): number {
  console.error(`[demo] ${message}`);
  return 1;
}

function runCli(args: string[], cwd: string): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "inherit", "inherit"] });
    child.on("close", (code) => done(code ?? 1));
  });
}

/** Runs the sketch on the host, echoing its Serial output, until the story's last line (or a timeout). */
function runSketch(entry: string, cwd: string): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, "run", entry], { cwd, stdio: ["pipe", "pipe", "inherit"], detached: true });
    let seen = "";
    let finished = false;
    const stop = (ok: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      // The CLI runs the sketch as its child: end the whole group we started.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      done(ok);
    };
    const timer = setTimeout(() => stop(false), TIMEOUT_MS);
    child.stdout.on("data", (d: Buffer) => {
      process.stdout.write(d);
      seen += d.toString();
      if (seen.includes("[WSc] get text: Hi there!")) setTimeout(() => stop(true), 300);
    });
    child.on("close", () => stop(seen.includes("[WSc] get text: Hi there!")));
  });
}

if (spawnSync("g++", ["--version"]).status !== 0) {
  console.error("[demo] g++ is missing: run 'npm run demo' (its bootstrap installs it) or 'apt-get install g++'");
  process.exit(1);
}
process.exit(await main());
