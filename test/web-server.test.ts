// ESP8266WebServer on the host: examples/web-server/main.ts (the core's HelloServer) through the real
// compiler, served on a free loopback port and exercised with Node's fetch and http as the independent
// client: handlers (named function and closure), method filter, "plain" body, URL-decoded arguments in the
// example's 404 page, response headers as the library writes them, HEAD, Connection: close, chunked body,
// a second client while the first holds a keep-alive connection, and 200 sequential requests in order.
import assert from "node:assert/strict";
import { request, Agent } from "node:http";
import { after, before, describe, test } from "node:test";
import { buildExample, freePort, start, type Running } from "./helpers-net/net.js";

let port = 0;
let run: Running;

/** fetch (one fresh keep-alive connection) with the underlying socket error in the message (undici only says "fetch failed"). */
async function get(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(`http://127.0.0.1:${port}${path}`, init);
  } catch (e) {
    throw new Error(`${path}: ${String(e)} (${String((e as { cause?: unknown }).cause)}); sketch stderr: ${run.stderr().slice(-500)}`);
  }
}

function raw(method: string, path: string, headers: Record<string, string> = {}, agent?: Agent, body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; rawHeaders: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent: agent ?? false }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, rawHeaders: res.rawHeaders }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("ESP8266WebServer on the host", { timeout: 180_000 }, () => {
  before(async () => {
    port = await freePort();
    const built = await buildExample("web-server", (s) => s.replace(/^const PORT = \d+;$/m, `const PORT = ${port};`));
    run = start(built.executable);
    await run.waitFor("HTTP server started\n");
    await run.waitForStderr(`[WebServer] listening on http://127.0.0.1:${port}\n`);
  });
  after(async () => {
    await run?.stop();
  });

  test("GET /: the handler's body with the library's response headers in its order", async () => {
    const r = await raw("GET", "/");
    assert.equal(r.status, 200);
    assert.equal(r.body, "hello from esp8266!\r\n");
    assert.deepEqual(r.rawHeaders, ["Content-Type", "text/plain", "Content-Length", "21", "Connection", "close"]);
    const k = await get(`/`);
    assert.equal(k.headers.get("connection"), "keep-alive");
    assert.equal(k.headers.get("keep-alive"), "timeout=2000");
    assert.equal(await k.text(), "hello from esp8266!\r\n");
  });

  test("a closure handler, a POST body as arg('plain') with an extra header, the method filter", async () => {
    assert.equal((await raw("GET", "/inline")).body, "this works as well");
    const body = JSON.stringify({ hello: "wörld", n: [1, 2, 3] });
    const r = await raw("POST", "/echo", { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) }, undefined, body);
    assert.equal(r.status, 200);
    assert.equal(r.headers["content-type"], "application/json");
    assert.equal(r.headers["x-echo-length"], String(body.length));
    assert.equal(r.body, body);
    // GET /echo is not the POST handler: the 404 page.
    const g = await raw("GET", "/echo");
    assert.equal(g.status, 404);
    assert.match(g.body, /^File Not Found\n\nURI: \/echo\nMethod: GET\n/);
  });

  test("404 page: URI, method and URL-decoded arguments", async () => {
    const r = await raw("GET", `/nope?x=1&y=a+b%21&empty=&flag`);
    assert.equal(r.status, 404);
    assert.equal(r.body, "File Not Found\n\nURI: /nope\nMethod: GET\nArguments: 4\n x: 1\n y: a b!\n empty: \n flag: \n");
  });

  test("a form POST: arguments from the query and the x-www-form-urlencoded body", async () => {
    const body = "a=1&b=x+y%26z";
    const r = await raw("POST", "/nope?q=7", { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(body.length) }, undefined, body);
    assert.equal(r.status, 404);
    assert.equal(r.body, "File Not Found\n\nURI: /nope\nMethod: POST\nArguments: 3\n q: 7\n a: 1\n b: x y&z\n");
  });

  test("Basic authentication: 401 with WWW-Authenticate, then the page with the right credentials", async () => {
    const denied = await raw("GET", "/admin");
    assert.equal(denied.status, 401);
    assert.equal(denied.headers["www-authenticate"], 'Basic realm="Login Required"');
    assert.equal(denied.body, "");
    const wrong = await raw("GET", "/admin", { Authorization: `Basic ${Buffer.from("admin:nope").toString("base64")}` });
    assert.equal(wrong.status, 401);
    const ok = await raw("GET", "/admin", { Authorization: `Basic ${Buffer.from("admin:esp8266").toString("base64")}` });
    assert.equal(ok.status, 200);
    assert.equal(ok.body, "Login OK");
  });

  test("HEAD: headers without a body; chunked body from sendContent", async () => {
    const h = await raw("HEAD", "/");
    assert.equal(h.status, 200);
    assert.equal(h.headers["content-length"], "21");
    assert.equal(h.body, "");
    const c = await raw("GET", "/stream");
    assert.equal(c.headers["transfer-encoding"], "chunked");
    assert.equal(c.headers["accept-ranges"], "none");
    assert.equal(c.body, "part 1\npart 2\npart 3\n");
  });

  test("a second client is served at once: the library drops the idle keep-alive client for it", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await raw("GET", "/count?n=1", {}, agent);
    assert.equal(first.body, "n=1");
    const closed = new Promise<void>((resolve) => {
      const sockets = Object.values(agent.freeSockets).flat();
      assert.equal(sockets.length, 1, "the first connection is kept alive");
      sockets[0]!.once("close", () => resolve());
    });
    const t0 = Date.now();
    const second = await raw("GET", "/count?n=2");
    assert.equal(second.body, "n=2");
    assert.ok(Date.now() - t0 < 1500, `the second client waited ${Date.now() - t0} ms (HTTP_MAX_CLOSE_WAIT is 2000)`);
    await closed;
    agent.destroy();
  });

  test("200 sequential requests over keep-alive arrive complete and in order", async () => {
    // The library closes a keep-alive connection idle for 2 s (its Keep-Alive header says "timeout=2000",
    // which clients read as seconds): on a loaded machine a request can meet that close, and then it is
    // retried on a new connection, as browsers do for idempotent requests. Retries are counted, not hidden.
    const { sequentialGets } = await import("./helpers-net/http-sequence.js");
    const r = await sequentialGets(port, 200);
    assert.deepEqual(r.bodies, Array.from({ length: 200 }, (_, i) => `n=${i}`));
    assert.ok(r.retries <= 5, `retries: ${r.retries}`);
    assert.ok(r.connections < 20, `connections: ${r.connections}`);
  });
});
