// ESP8266HTTPClient with WiFiClient / WiFiClientSecure on the host, against real local servers (Node's
// http/https with certificates made at test time): examples/http-client/main.ts through the real compiler
// with the right CA (GET over https, POST over http, the request bytes the core sends) and with a foreign CA
// (refused, server never sees a request); then one sketch walking the remaining cases: wrong host name,
// expired certificate, fingerprint right/wrong, setInsecure (with the compiler's warning), chunked and
// large bodies, 404, refused port, keep-alive reuse.
import assert from "node:assert/strict";
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { makePki, sha1Fingerprint, type Pki } from "./helpers-ws/servers.js";
import type { IssuedCert } from "../hosttools/cert/x509-builder.js";
import { buildEntry, buildExample, freePort, start } from "./helpers-net/net.js";

interface Seen {
  /** Which TCP connection (1, 2, … per server) carried the request. */
  connection: number;
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

interface Local {
  server: Server;
  port: number;
  seen: Seen[];
  connections: number;
}

const BIG = "0123456789".repeat(2000);

function handler(seen: Seen[]) {
  return (req: IncomingMessage, res: import("node:http").ServerResponse) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      seen.push({ connection: connectionIds.get(req.socket) ?? 0, method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      if (req.url === "/echo") {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ got: body, type: req.headers["content-type"] ?? null }));
      } else if (req.url === "/chunked") {
        res.write("first chunk|");
        setTimeout(() => {
          res.write("second chunk|");
          res.end("last");
        }, 20);
      } else if (req.url === "/big") {
        res.end(BIG);
      } else if (req.url === "/hang") {
        // Never answers: the client's timeout decides.
        res.on("close", () => undefined);
      } else if (req.url === "/redirect") {
        res.statusCode = 302;
        res.setHeader("Location", "/echo");
        res.end("moved");
      } else if (req.url === "/missing") {
        res.statusCode = 404;
        res.end("nope");
      } else {
        res.end("secure hello");
      }
    });
  };
}

const connectionIds = new WeakMap<object, number>();

async function listen(server: Server, seen: Seen[]): Promise<Local> {
  const local: Local = { server, port: 0, seen, connections: 0 };
  server.on("connection", (socket) => connectionIds.set(socket, ++local.connections));
  server.on("secureConnection", (socket) => connectionIds.set(socket, local.connections));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  local.port = (server.address() as { port: number }).port;
  return local;
}

function https(cert: IssuedCert, ca: IssuedCert): Promise<Local> {
  const seen: Seen[] = [];
  return listen(createHttpsServer({ cert: cert.certPem + ca.certPem, key: cert.keyPem }, handler(seen)), seen);
}

function http(): Promise<Local> {
  const seen: Seen[] = [];
  return listen(createHttpServer(handler(seen)), seen);
}

const certModule = (pem: string) => `export const ENDPOINT_CA_CERT = \`${pem}\`;\n`;

let pki: Pki;
let good: Local, wrongName: Local, expired: Local, plain: Local;

describe("ESP8266HTTPClient on the host", { timeout: 240_000 }, () => {
  before(async () => {
    pki = makePki();
    good = await https(pki.server, pki.ca);
    wrongName = await https(pki.wrongHost, pki.ca);
    expired = await https(pki.expired, pki.ca);
    plain = await http();
  });
  after(() => {
    for (const s of [good, wrongName, expired, plain]) s?.server.close();
  });

  const pointed = (source: string) =>
    source
      .replace(/^const HTTPS_URL = ".*";$/m, `const HTTPS_URL = "https://localhost:${good.port}/page";`)
      .replace(/^const HTTP_URL = ".*";$/m, `const HTTP_URL = "http://127.0.0.1:${plain.port}/echo";`);

  test("the example: GET over https verified against the right CA, POST over http, the core's request headers", async () => {
    const built = await buildExample("http-client", pointed, { "certs.ts": certModule(pki.ca.certPem) });
    const run = start(built.executable);
    try {
      await run.waitFor("done\n");
    } finally {
      await run.stop();
    }
    const out = run.stdout();
    assert.match(out, /\[HTTPS\] GET\.\.\. code: 200\nsecure hello\n/);
    assert.match(out, /\[HTTP\] POST\.\.\. code: 200\n\{"got":"\{\\"hello\\":\\"world\\"\}","type":"application\/json"\}\n/);
    const get = good.seen.at(-1)!;
    assert.equal(get.method, "GET");
    assert.equal(get.url, "/page");
    assert.equal(get.headers.host, `localhost:${good.port}`);
    assert.equal(get.headers["user-agent"], "ESP8266HTTPClient");
    assert.equal(get.headers["accept-encoding"], "identity;q=1,chunked;q=0.1,*;q=0");
    assert.equal(get.headers.connection, "keep-alive");
    assert.equal(get.headers["content-length"], "0");
    const post = plain.seen.at(-1)!;
    assert.equal(post.method, "POST");
    assert.equal(post.headers["content-length"], "17");
    assert.equal(post.headers["content-type"], "application/json");
    assert.equal(post.body, '{"hello":"world"}');
  });

  test("the example with a foreign CA: the https GET fails with HTTPC_ERROR_CONNECTION_FAILED, the server never sees it", async () => {
    const before = good.seen.length;
    const built = await buildExample("http-client", pointed, { "certs.ts": certModule(pki.otherCa.certPem) });
    const run = start(built.executable);
    try {
      await run.waitFor("done\n");
    } finally {
      await run.stop();
    }
    assert.match(run.stdout(), /\[HTTPS\] GET\.\.\. failed, error: connection failed\n/);
    assert.match(run.stderr(), /\[WiFiClientSecure\] connection failed: .*not trusted/);
    assert.match(run.stdout(), /\[HTTP\] POST\.\.\. code: 200\n/);
    assert.equal(good.seen.length, before);
  });

  test("wrong name, expired, fingerprints, setInsecure, chunked, large, 404, refused, keep-alive reuse", async () => {
    const refused = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "tsduino-http-cases-"));
    const wrongPin = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33";
    writeFileSync(join(dir, "main.ts"), `
import { WiFiClient } from "WiFiClient";
import { WiFiClientSecure, X509List } from "WiFiClientSecure";
import { HTTPClient, HTTPC_STRICT_FOLLOW_REDIRECTS, HTTPC_DISABLE_FOLLOW_REDIRECTS } from "ESP8266HTTPClient";

const CA = \`${pki.ca.certPem}\`;
const plain = new WiFiClient();
const verified = new WiFiClientSecure();
const pinned = new WiFiClientSecure();
const badPin = new WiFiClientSecure();
const insecure = new WiFiClientSecure();
const unconfigured = new WiFiClientSecure();
const roots = new X509List();
const http = new HTTPClient();

function get(client: string, url: string): void {
  let ok = false;
  if (client === "verified") ok = http.begin(verified, url);
  else if (client === "pinned") ok = http.begin(pinned, url);
  else if (client === "badPin") ok = http.begin(badPin, url);
  else if (client === "insecure") ok = http.begin(insecure, url);
  else if (client === "unconfigured") ok = http.begin(unconfigured, url);
  else ok = http.begin(plain, url);
  if (!ok) {
    console.log(\`\${client} begin failed\`);
    return;
  }
  const code = http.GET();
  if (code > 0) {
    const body = http.getString();
    console.log(\`\${client} \${code} size=\${http.getSize()} len=\${body.length} body=\${body.length > 40 ? body.substring(0, 10) : body}\`);
  } else {
    console.log(\`\${client} \${code} \${HTTPClient.errorToString(code)}\`);
  }
  http.end();
}

export function setup(): void {
  // Each case on a fresh connection: with reuse on, the core keeps a connection open to the same host name
  // (whatever the port) and sends the next request over it.
  http.setReuse(false);
  roots.append(CA);
  verified.setTrustAnchors(roots);
  pinned.setFingerprint("${sha1Fingerprint(pki.server)}");
  badPin.setFingerprint("${wrongPin}");
  insecure.setInsecure();
  get("verified", "https://localhost:${good.port}/page");
  get("verified", "https://localhost:${wrongName.port}/page");
  get("verified", "https://localhost:${expired.port}/page");
  get("pinned", "https://localhost:${good.port}/page");
  get("badPin", "https://localhost:${good.port}/page");
  get("insecure", "https://localhost:${wrongName.port}/page");
  get("unconfigured", "https://localhost:${good.port}/page");
  get("plain", "http://127.0.0.1:${plain.port}/chunked");
  get("plain", "http://127.0.0.1:${plain.port}/big");
  get("plain", "http://127.0.0.1:${plain.port}/missing");
  get("plain", "http://127.0.0.1:${refused}/");
  get("plain", "ftp://127.0.0.1/");
  // Redirects are followed only when asked (302 → GET /echo); Basic authorization from setAuthorization.
  get("plain", "http://127.0.0.1:${plain.port}/redirect");
  http.setFollowRedirects(HTTPC_STRICT_FOLLOW_REDIRECTS);
  http.setAuthorization("user", "pass");
  get("plain", "http://127.0.0.1:${plain.port}/redirect");
  http.setFollowRedirects(HTTPC_DISABLE_FOLLOW_REDIRECTS);
  http.setTimeout(300);
  get("plain", "http://127.0.0.1:${plain.port}/hang");
  http.setTimeout(5000);
  http.setReuse(true);
  let codes = 0;
  for (let i = 0; i < 20; i++) {
    http.begin(plain, "http://127.0.0.1:${plain.port}/echo");
    if (http.POST(\`n=\${i}\`) === 200 && http.getString() === \`{"got":"n=\${i}","type":null}\`) codes++;
  }
  http.end();
  console.log(\`reused \${codes}\`);
  console.log("done");
}

export function loop(): void {
  delay(1000);
}
`);
    const built = await buildEntry(join(dir, "main.ts"));
    // Exactly one warning: the setInsecure() call (CA and fingerprint configurations are silent).
    const insecure = built.warnings.filter((w) => w.category === "warning" && /does not verify the server/.test(w.message));
    assert.equal(insecure.length, 1);
    assert.match(insecure[0].message, /setInsecure\(\) does not verify the server/);
    const run = start(built.executable);
    try {
      await run.waitFor("done\n", 60_000);
    } finally {
      await run.stop();
    }
    const lines = run.stdout().trim().split("\n");
    assert.deepEqual(lines, [
      "verified 200 size=12 len=12 body=secure hello",
      "verified -1 connection failed",
      "verified -1 connection failed",
      "pinned 200 size=12 len=12 body=secure hello",
      "badPin -1 connection failed",
      "insecure 200 size=12 len=12 body=secure hello",
      "unconfigured -1 connection failed",
      "plain 200 size=29 len=29 body=first chunk|second chunk|last",
      `plain 200 size=${BIG.length} len=${BIG.length} body=0123456789`,
      "plain 404 size=4 len=4 body=nope",
      "plain -1 connection failed",
      "plain begin failed",
      "plain 302 size=5 len=5 body=moved",
      'plain 200 size=22 len=22 body={"got":"","type":null}',
      "plain -11 read Timeout",
      "reused 20",
      "done",
    ]);
    const redirected = plain.seen.filter((r) => r.url === "/redirect" || (r.url === "/echo" && r.method === "GET"));
    assert.deepEqual(redirected.map((r) => r.url), ["/redirect", "/redirect", "/echo"]);
    assert.equal(redirected[0].headers.authorization, undefined);
    assert.equal(redirected[2].headers.authorization, "Basic dXNlcjpwYXNz");
    const stderr = run.stderr();
    assert.match(stderr, /host name/);
    assert.match(stderr, /expired|not valid|date/i);
    assert.match(stderr, /no authentication method is set up/);
    // Keep-alive: the 20 POSTs share one connection.
    const posts = plain.seen.filter((r) => r.method === "POST" && /^n=\d+$/.test(r.body));
    assert.deepEqual(posts.map((r) => r.body), Array.from({ length: 20 }, (_, i) => `n=${i}`));
    assert.equal(new Set(posts.map((r) => r.connection)).size, 1, `connections: ${posts.map((r) => r.connection).join(" ")}`);
  });
});
