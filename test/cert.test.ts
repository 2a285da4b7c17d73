// `tsduino cert` end to end: real HTTPS servers on 127.0.0.1 presenting chains of 2 and 3 certificates
// (generated at test time), a server that does not send its root (looked up in a root store), an expired
// root, --fingerprint, and the one-line errors for bad URLs, unreachable hosts and plain-TCP ports.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { pickRoot } from "../hosttools/cert/pick-root.js";
import { fetchChain } from "../hosttools/cert/fetch-chain.js";
import { parseEndpoint } from "../hosttools/cert/endpoint.js";
import { issueCertificate, type IssuedCert } from "../hosttools/cert/x509-builder.js";
import { REPO } from "./helpers-ws/servers.js";

const day = 86400000;
const root = issueCertificate({ commonName: "Test Root X1", organization: "tsduino tests", isCa: true, notAfter: new Date(Date.now() + 3650 * day) });
const intermediate = issueCertificate({ commonName: "Test Intermediate R3", isCa: true, issuer: root });
const leaf3 = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: intermediate });
const leaf2 = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: root });
const expiredRoot = issueCertificate({ commonName: "DST Root CA X3 (test)", isCa: true, notBefore: new Date(Date.now() - 400 * day), notAfter: new Date(Date.now() - 10 * day) });
const leafOfExpired = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: expiredRoot });
const soonRoot = issueCertificate({ commonName: "Soon Root", isCa: true, notAfter: new Date(Date.now() + 20 * day) });
const leafOfSoon = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: soonRoot });

const servers: Server[] = [];
after(() => servers.forEach((s) => s.close()));

async function https(chain: IssuedCert[]): Promise<number> {
  const server = createHttpsServer({ cert: chain.map((c) => c.certPem).join(""), key: chain[0].keyPem }, (_, res) => res.end("ok"));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  return (server.address() as AddressInfo).port;
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile("node", [process.env.TSDUINO_TEST_CLI ?? join(REPO, "bin/tsduino.js"), "cert", ...args], { timeout: 20000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })),
  );
}

function exportedPem(module: string): string {
  const match = /export const ENDPOINT_CA_CERT = `([^`]*)`;/.exec(module);
  assert.ok(match, module);
  return match[1];
}

describe("tsduino cert", () => {
  test("chain of 3 (leaf, intermediate, root): writes the root as ENDPOINT_CA_CERT with its details", async () => {
    const port = await https([leaf3, intermediate, root]);
    const out = join(mkdtempSync(join(tmpdir(), "tsduino-cert-")), "certs.ts");
    const r = await cli(`wss://localhost:${port}`, "--out", out);
    assert.equal(r.code, 0, r.stderr);
    const module = readFileSync(out, "utf8");
    const pem = exportedPem(module);
    assert.equal(new X509Certificate(pem).fingerprint256, new X509Certificate(root.certPem).fingerprint256);
    assert.match(module, /\/\/ Subject: +O=tsduino tests, CN=Test Root X1/);
    assert.match(module, /\/\/ Issuer: +O=tsduino tests, CN=Test Root X1/);
    assert.match(module, /\/\/ Valid: +\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    assert.ok(module.includes(`// SHA-256:  ${new X509Certificate(root.certPem).fingerprint256}`));
    assert.match(module, /sent by the server/);
  });

  test("chain of 2 (leaf, root) to stdout", async () => {
    const port = await https([leaf2, root]);
    const r = await cli(`wss://localhost:${port}/socket`);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(new X509Certificate(exportedPem(r.stdout)).subject, new X509Certificate(root.certPem).subject);
  });

  test("root not sent: looked up in the root store", async () => {
    const port = await https([leaf3, intermediate]);
    const chain = await fetchChain(parseEndpoint(`wss://localhost:${port}`));
    assert.equal(chain.length, 2);
    const picked = pickRoot(chain, "localhost", [issueCertificate({ commonName: "Unrelated", isCa: true }).certPem, root.certPem]);
    assert.equal(picked.source, "Node's bundled Mozilla root store");
    assert.equal(picked.cert.fingerprint256, new X509Certificate(root.certPem).fingerprint256);
    // With Node's real Mozilla store the test root is unknown: one clear line, no stack trace.
    const r = await cli(`wss://localhost:${port}`);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^tsduino: localhost:\d+ does not send its root CA and its issuer \(O=tsduino tests, CN=Test Root X1\) is not in Node's root store/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
  });

  test("an expired root is an error with the date; a soon-expiring one a warning", async () => {
    const expiredPort = await https([leafOfExpired, expiredRoot]);
    const r = await cli(`wss://localhost:${expiredPort}`);
    assert.equal(r.code, 1);
    const date = new Date(Date.now() - 10 * day).toISOString().slice(0, 10);
    assert.match(r.stderr, new RegExp(`^tsduino: the root CA of localhost:\\d+ \\(CN=DST Root CA X3 \\(test\\)\\) expired on ${date}`));
    const soonPort = await https([leafOfSoon, soonRoot]);
    const soon = await cli(`wss://localhost:${soonPort}`);
    assert.equal(soon.code, 0, soon.stderr);
    assert.match(soon.stderr, /warning: the root CA of localhost:\d+ \(CN=Soon Root\) expires on \d{4}-\d\d-\d\d, in 1\d days/);
  });

  test("--fingerprint prints the server certificate's SHA-1 as beginSSL takes it", async () => {
    const port = await https([leaf3, intermediate, root]);
    const r = await cli(`wss://localhost:${port}`, "--fingerprint");
    assert.equal(r.code, 0, r.stderr);
    const expected = createHash("sha1").update(leaf3.certDer).digest("hex").toUpperCase().match(/../g)!.join(":");
    assert.equal(r.stdout.trim(), expected);
  });

  test("one clear line for bad URLs, unreachable hosts and plain-TCP ports", async () => {
    const plain = createHttpServer((_, res) => res.end("plain"));
    await new Promise<void>((done) => plain.listen(0, "127.0.0.1", () => done()));
    const plainPort = (plain.address() as AddressInfo).port;
    const closed = createHttpServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", () => done()));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const cases: Array<[string[], RegExp]> = [
      [["not a url"], /^tsduino: 'not a url' is not a URL; give the server as wss:\/\/host\[:port\]/],
      [["ws://localhost:80"], /^tsduino: ws:\/\/localhost:80 is not encrypted/],
      [["ftp://x"], /^tsduino: 'ftp:\/\/x' is not a wss:\/\/ URL/],
      [[`wss://127.0.0.1:${closedPort}`], /^tsduino: cannot connect to 127\.0\.0\.1:\d+: connection refused/],
      [["wss://no-such-host.invalid"], /^tsduino: cannot resolve host 'no-such-host\.invalid'/],
      [[`wss://127.0.0.1:${plainPort}`], /^tsduino: 127\.0\.0\.1:\d+ does not speak TLS \(is it a plain ws:\/\/ or http:\/\/ port\?\)/],
    ];
    try {
      for (const [args, expected] of cases) {
        const r = await cli(...args);
        assert.equal(r.code, 1, `${args}: ${r.stderr}`);
        assert.match(r.stderr, expected);
        assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      }
    } finally {
      plain.close();
    }
  });
});
