// Real servers and certificates for the WebSocket tests: a throw-away PKI (CA, server certificate for
// localhost, a foreign CA, a wrong-host and an expired certificate) built with hosttools/cert/x509-builder,
// `ws` echo servers over plain HTTP or HTTPS on 127.0.0.1, and the compiled C++ test driver
// (test/helpers-ws/ws_driver.cpp + the host WebSocketsClient sources) run as a child process.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocketServer, type WebSocket } from "ws";
import { issueCertificate, type IssuedCert } from "../../hosttools/cert/x509-builder.js";

export const REPO = resolve(fileURLToPath(import.meta.url), "../../../..");
export const WS_HOST_DIR = join(REPO, "runtime/libraries/WebSocketsClient/host");

export interface Pki {
  ca: IssuedCert;
  server: IssuedCert;
  otherCa: IssuedCert;
  wrongHost: IssuedCert;
  expired: IssuedCert;
  dir: string;
  caFile: string;
  otherCaFile: string;
}

export function makePki(): Pki {
  const dir = join(tmpdir(), `tsduino-ws-pki-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const ca = issueCertificate({ commonName: "tsduino Test Root CA", organization: "tsduino tests", isCa: true });
  const otherCa = issueCertificate({ commonName: "Some Other Root CA", isCa: true });
  const server = issueCertificate({ commonName: "localhost", altNames: ["localhost", "127.0.0.1"], issuer: ca });
  const wrongHost = issueCertificate({ commonName: "example.org", altNames: ["example.org"], issuer: ca });
  const day = 24 * 60 * 60 * 1000;
  const expired = issueCertificate({
    commonName: "localhost",
    altNames: ["localhost"],
    issuer: ca,
    notBefore: new Date(Date.now() - 60 * day),
    notAfter: new Date(Date.now() - 2 * day),
  });
  const caFile = join(dir, "ca.pem");
  const otherCaFile = join(dir, "other-ca.pem");
  writeFileSync(caFile, ca.certPem);
  writeFileSync(otherCaFile, otherCa.certPem);
  return { ca, server, otherCa, wrongHost, expired, dir, caFile, otherCaFile };
}

export function sha1Fingerprint(cert: IssuedCert): string {
  return createHash("sha1").update(cert.certDer).digest("hex");
}

export interface EchoServerOptions {
  /** `ca` set: the server requires a client certificate signed by it. */
  tls?: { cert: string; key: string; ca?: string };
  /** Close every connection (code 1000) this long after it opened. */
  closeAfterMs?: number;
  /** Do not answer pings (heartbeat timeout tests). */
  autoPong?: boolean;
  /** Send this text split into fragments on connection. */
  fragments?: string[];
}

export interface EchoServer {
  port: number;
  url: string;
  connections: number;
  /** The request headers of the last handshake. */
  lastHeaders?: Record<string, string | string[] | undefined>;
  pingsReceived: number;
  close(): Promise<void>;
}

export async function startEchoServer(options: EchoServerOptions = {}): Promise<EchoServer> {
  const tls = options.tls;
  const http: HttpServer = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key, ...(tls.ca ? { ca: tls.ca, requestCert: true, rejectUnauthorized: true } : {}) })
    : createHttpServer();
  const wss = new WebSocketServer({ server: http, autoPong: options.autoPong ?? true, maxPayload: 1 << 20 });
  const state: EchoServer = {
    port: 0,
    url: "",
    connections: 0,
    pingsReceived: 0,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((done) => wss.close(() => done()));
      await new Promise<void>((done) => http.close(() => done()));
    },
  };
  http.on("tlsClientError", () => {}); // expected in the failing-TLS tests
  wss.on("connection", (socket: WebSocket, request) => {
    state.connections++;
    state.lastHeaders = request.headers;
    socket.on("message", (data, isBinary) => socket.send(data, { binary: isBinary }));
    socket.on("ping", () => state.pingsReceived++);
    socket.on("error", () => {});
    if (options.closeAfterMs !== undefined) setTimeout(() => socket.close(1000, "bye"), options.closeAfterMs);
    if (options.fragments) {
      options.fragments.forEach((part, i) => socket.send(part, { fin: i === options.fragments!.length - 1 }));
    }
  });
  await new Promise<void>((done) => http.listen(0, "127.0.0.1", () => done()));
  state.port = (http.address() as AddressInfo).port;
  state.url = `${options.tls ? "wss" : "ws"}://localhost:${state.port}/`;
  return state;
}

let driverPath: string | undefined;

/** Compiles the C++ test driver against the host WebSocketsClient (cached by source hash). */
export async function buildDriver(): Promise<string> {
  if (driverPath) return driverPath;
  const sources = [
    join(REPO, "test/helpers-ws/ws_driver.cpp"),
    join(WS_HOST_DIR, "host_ws_client.cpp"),
    join(WS_HOST_DIR, "host_ws_transport.cpp"),
  ];
  const headers = [join(WS_HOST_DIR, "host_ws_client.h"), join(WS_HOST_DIR, "host_ws_transport.h")];
  const hash = createHash("sha256");
  for (const f of [...sources, ...headers]) hash.update(readFileSync(f));
  const out = join(tmpdir(), `tsduino-ws-driver-${hash.digest("hex").slice(0, 16)}`);
  if (!existsSync(out)) {
    await run("nice", ["g++", "-std=gnu++17", "-O2", "-Wall", "-Wextra", "-Werror", "-I", WS_HOST_DIR, ...sources, "-lbearssl", "-o", out + ".tmp"]);
    await run("mv", [out + ".tmp", out]);
  }
  driverPath = out;
  return out;
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((done, fail) =>
    execFile(cmd, args, { maxBuffer: 1 << 24 }, (error, stdout, stderr) => (error ? fail(new Error(`${cmd} failed: ${stderr}`)) : done(stdout))),
  );
}

export interface DriverRun {
  lines: string[];
  stderr: string;
  events: string[];
  maxLoopMs: number;
}

export interface DriverArgs {
  mode: "plain" | "ca" | "fp" | "insecure";
  host?: string;
  port: number;
  url?: string;
  trust?: string;
  script: string;
  scriptArg?: number;
  durationMs?: number;
  reconnectMs?: number;
  heartbeat?: [number, number, number];
  /** PEM files of a client certificate and its key (setSSLClientCertKey). */
  clientCert?: [string, string];
}

/** Runs the driver to completion; `events` are the event lines only (no measurements). */
export async function runDriver(a: DriverArgs): Promise<DriverRun> {
  const driver = await buildDriver();
  const args = [
    a.mode, a.host ?? "localhost", String(a.port), a.url ?? "/", a.trust ?? "-", a.script,
    String(a.scriptArg ?? 0), String(a.durationMs ?? 5000), String(a.reconnectMs ?? -1),
    a.heartbeat ? a.heartbeat.join(",") : "0,0,0",
    ...(a.clientCert ?? []),
  ];
  return new Promise((done, fail) => {
    execFile(driver, args, { maxBuffer: 1 << 24, timeout: (a.durationMs ?? 5000) + 10000 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`driver failed: ${error.message}\n${stderr}`));
      const lines = stdout.split("\n").filter((l) => l.length > 0);
      const maxLoop = lines.find((l) => l.startsWith("MAXLOOP "));
      const measurement = /^(MAXLOOP|END|HEAP|RATE|ROUNDTRIPS|MATCH|SENT-BIN) /;
      // Events during the run only: after END the driver destroys the client, and (like the library's
      // destructor, which calls disconnect()) a connected client then reports one last DISCONNECTED.
      const end = lines.findIndex((l) => l.startsWith("END "));
      const during = end < 0 ? lines : lines.slice(0, end);
      done({ lines, stderr, events: during.filter((l) => !measurement.test(l)), maxLoopMs: maxLoop ? Number(maxLoop.split(" ")[1]) : NaN });
    });
  });
}
