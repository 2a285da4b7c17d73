// `tsduino cert` end to end: real HTTPS servers on 127.0.0.1 presenting chains generated at test time, and the
// trust decision the tool makes before pinning anything.
//
// Test seam for public roots: nobody has the key of a real Mozilla root, so no loopback server can present a
// chain that Node's store trusts. The trust store is therefore a parameter of verifyChain() and of the
// command's runCert() (the handler minus yargs); the "public-style chain" tests run runCert in-process with
// a store holding the test root, against a real TLS server, and check the file it writes. Everything about
// private roots, refusals and messages runs the real CLI (`bin/tsduino.js`) with Node's real Mozilla store,
// including a forged root that imitates the name of a Mozilla root.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { CertError, verifyChain } from "../hosttools/cert/verify-chain.js";
import { fetchChain } from "../hosttools/cert/fetch-chain.js";
import { parseEndpoint } from "../hosttools/cert/endpoint.js";
import { issueCertificate, type IssuedCert } from "../hosttools/cert/x509-builder.js";
import { runCert } from "../cli/commands/cert.js";
import { REPO } from "./helpers-ws/servers.js";

const day = 86400000;
const root = issueCertificate({ commonName: "Test Root X1", organization: "tsduino tests", isCa: true, notAfter: new Date(Date.now() + 3650 * day) });
const rootFp = new X509Certificate(root.certPem).fingerprint256;
const intermediate = issueCertificate({ commonName: "Test Intermediate R3", isCa: true, issuer: root });
const leaf3 = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: intermediate });
const leaf2 = issueCertificate({ commonName: "localhost", altNames: ["localhost", "127.0.0.1"], issuer: root });
const wrongHost = issueCertificate({ commonName: "wrong.example", altNames: ["wrong.example"], issuer: root });
// Names the root as its issuer (subject and key identifier), but is signed by another key.
const stranger = issueCertificate({ commonName: "Stranger", isCa: true });
const forgedLeaf = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: { ...root, privateKey: stranger.privateKey } });
const expiredRoot = issueCertificate({ commonName: "DST Root CA X3 (test)", isCa: true, notBefore: new Date(Date.now() - 400 * day), notAfter: new Date(Date.now() - 10 * day) });
const leafOfExpired = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: expiredRoot });
const soonRoot = issueCertificate({ commonName: "Soon Root", isCa: true, notAfter: new Date(Date.now() + 20 * day) });
const leafOfSoon = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: soonRoot });
const selfSigned = issueCertificate({ commonName: "localhost", altNames: ["localhost"] });
// An interceptor's CA named exactly like a root of Node's Mozilla store.
const fakeTelia = issueCertificate({ commonName: "TeliaSonera Root CA v1", organization: "TeliaSonera", isCa: true });
const fakeTeliaLeaf = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: fakeTelia });

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

const work = mkdtempSync(join(tmpdir(), "tsduino-cert-"));
let outCount = 0;
const outFile = () => join(work, `certs-${outCount++}.ts`);

function exportedPem(module: string): string {
  const match = /export const ENDPOINT_CA_CERT = `([^`]*)`;/.exec(module);
  assert.ok(match, module);
  return match[1];
}

/** A refusal: exit 1, exactly one `tsduino: ` line matching `expected`, and no file at `out`. */
async function refused(args: string[], expected: RegExp): Promise<void> {
  const out = outFile();
  const r = await cli(...args, "--out", out);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, expected);
  assert.match(r.stderr, /^tsduino: /);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.equal(existsSync(out), false, "nothing is written on a refusal");
}

describe("tsduino cert: public roots (trust store injected, real TLS server)", () => {
  test("root not sent: looked up in the store, written", async () => {
    const port = await https([leaf3, intermediate]);
    const out = outFile();
    const lines: string[] = [];
    const store = [issueCertificate({ commonName: "Unrelated", isCa: true }).certPem, root.certPem];
    await runCert({ url: `wss://localhost:${port}`, out }, { store, report: (l) => lines.push(l), output: () => {} });
    const module = readFileSync(out, "utf8");
    assert.equal(new X509Certificate(exportedPem(module)).fingerprint256, rootFp);
    assert.match(module, /\(looked up in Node's Mozilla root store; publicly trusted\)/);
    // The chain as verified: leaf → intermediate → root, with validity.
    assert.match(lines[1], /^ {2}1\. CN=localhost → CN=Test Intermediate R3 {2}\(valid \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\)$/);
    assert.match(lines[2], /^ {2}2\. CN=Test Intermediate R3 → O=tsduino tests, CN=Test Root X1 /);
    assert.match(lines[3], /^ {2}3\. O=tsduino tests, CN=Test Root X1 {2}\(root, looked up in Node's Mozilla root store; publicly trusted; valid /);
    assert.ok(!lines.some((l) => /--trust-private|not publicly trusted/i.test(l)), lines.join("\n"));
  });

  test("root sent and in the store: written as sent, no flag needed", async () => {
    const port = await https([leaf3, intermediate, root]);
    let stdout = "";
    await runCert({ url: `wss://localhost:${port}` }, { store: [root.certPem], report: () => {}, output: (t) => (stdout += t) });
    assert.equal(new X509Certificate(exportedPem(stdout)).fingerprint256, rootFp);
    assert.match(stdout, /\(sent by the server; publicly trusted\)/);
  });

  test("a public root does not excuse a leaf for another host or a forged signature", async () => {
    for (const [chain, problem] of [[[wrongHost, root], "host-mismatch"], [[forgedLeaf, root], "broken-chain"]] as const) {
      const port = await https([...chain]);
      const presented = await fetchChain(parseEndpoint(`wss://localhost:${port}`));
      assert.throws(() => verifyChain(presented, { host: "localhost", display: `localhost:${port}`, store: [root.certPem] }),
        (e: unknown) => e instanceof CertError && e.problem === problem);
    }
  });

  test("CA, path-length and date rules", () => {
    const notCa = issueCertificate({ commonName: "Not A CA", issuer: root });
    const underNotCa = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: notCa });
    const strict = issueCertificate({ commonName: "Strict Root", isCa: true, pathLength: 0 });
    const inter = issueCertificate({ commonName: "Inter", isCa: true, issuer: strict });
    const tooDeep = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: inter });
    const shallow = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: strict });
    const x = (...c: IssuedCert[]) => c.map((i) => new X509Certificate(i.certPem));
    const opts = { host: "localhost", display: "localhost:443", store: [root.certPem, strict.certPem] };
    assert.throws(() => verifyChain(x(underNotCa, notCa), opts), (e: unknown) => e instanceof CertError && e.problem === "not-a-ca");
    assert.throws(() => verifyChain(x(tooDeep, inter), opts), (e: unknown) => e instanceof CertError && e.problem === "path-length" && /allows 0 intermediate CAs below it/.test(e.message));
    assert.equal(verifyChain(x(shallow), opts).trustedBecause, "public root");
    const expiredLeaf = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: root, notBefore: new Date(Date.now() - 90 * day), notAfter: new Date(Date.now() - day) });
    const futureLeaf = issueCertificate({ commonName: "localhost", altNames: ["localhost"], issuer: root, notBefore: new Date(Date.now() + 5 * day) });
    assert.throws(() => verifyChain(x(expiredLeaf), opts), (e: unknown) => e instanceof CertError && e.problem === "expired" && /the server certificate of localhost:443 \(CN=localhost\) expired on /.test(e.message));
    assert.throws(() => verifyChain(x(futureLeaf), opts), (e: unknown) => e instanceof CertError && e.problem === "not-yet-valid");
  });
});

// The CLI cases are independent (own server, own output file) and mostly wait for process start-up: run them
// side by side.
describe("tsduino cert: the CLI with Node's Mozilla store", { concurrency: true }, () => {
  test("a private root is refused without a flag, with its subject and SHA-256", async () => {
    const port = await https([leaf3, intermediate, root]);
    await refused([`wss://localhost:${port}`], new RegExp(`presents a private root CA that is not publicly trusted \\(O=tsduino tests, CN=Test Root X1, SHA-256 ${rootFp}\\).*--expect-sha256`));
  });

  test("--trust-private writes it after printing the chain, subject, SHA-256 and the advice", async () => {
    const port = await https([leaf3, intermediate, root]);
    const out = outFile();
    const r = await cli(`wss://localhost:${port}`, "--out", out, "--trust-private");
    assert.equal(r.code, 0, r.stderr);
    const module = readFileSync(out, "utf8");
    assert.equal(new X509Certificate(exportedPem(module)).fingerprint256, rootFp);
    assert.match(module, /\/\/ Subject: +O=tsduino tests, CN=Test Root X1/);
    assert.match(module, /\/\/ Valid: +\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
    assert.ok(module.includes(`// SHA-256:  ${rootFp}`));
    assert.match(module, /sent by the server; not publicly trusted; accepted with --trust-private/);
    assert.match(r.stderr, /1\. CN=localhost → CN=Test Intermediate R3 {2}\(valid /);
    assert.match(r.stderr, /2\. CN=Test Intermediate R3 → O=tsduino tests, CN=Test Root X1 /);
    assert.match(r.stderr, /3\. O=tsduino tests, CN=Test Root X1 {2}\(root, sent by the server; NOT publicly trusted/);
    assert.ok(r.stderr.includes(`SHA-256: ${rootFp}`), r.stderr);
    assert.match(r.stderr, /Compare this fingerprint with one obtained out of band/);
  });

  test("--expect-sha256: written when it matches (any spelling), refused when it does not", async () => {
    const port = await https([leaf2, root]);
    const r = await cli(`wss://localhost:${port}/socket`, "--expect-sha256", rootFp.replace(/:/g, "").toLowerCase());
    assert.equal(r.code, 0, r.stderr);
    assert.equal(new X509Certificate(exportedPem(r.stdout)).fingerprint256, rootFp);
    const wrong = new X509Certificate(stranger.certPem).fingerprint256;
    await refused([`wss://localhost:${port}`, "--expect-sha256", wrong], new RegExp(`has SHA-256 ${rootFp}, not the ${wrong} given with --expect-sha256`));
    await refused([`wss://localhost:${port}`, "--expect-sha256", "12:34"], /--expect-sha256 '12:34' is not a SHA-256 fingerprint/);
  });

  test("a leaf for another name is refused, even with --trust-private or --fingerprint", async () => {
    const port = await https([wrongHost, root]);
    const expected = /the server certificate of localhost:\d+ is for wrong\.example, not for 'localhost': a board connecting to localhost would refuse it/;
    await refused([`wss://localhost:${port}`, "--trust-private"], expected);
    await refused([`wss://localhost:${port}`, "--fingerprint", "--trust-private"], expected);
  });

  test("a chain whose root did not sign it is refused, even with --trust-private", async () => {
    const port = await https([forgedLeaf, root]);
    await refused([`wss://localhost:${port}`, "--trust-private"], /the chain of localhost:\d+ is broken: CN=localhost was not signed by the certificate the server sent as its issuer \(O=tsduino tests, CN=Test Root X1\)/);
  });

  test("a forged root named like a Mozilla root is private; its intermediate alone is unknown", async () => {
    const sent = await https([fakeTeliaLeaf, fakeTelia]);
    await refused([`wss://localhost:${sent}`], /presents a private root CA that is not publicly trusted \(O=TeliaSonera, CN=TeliaSonera Root CA v1, SHA-256 /);
    const notSent = await https([fakeTeliaLeaf]);
    await refused([`wss://localhost:${notSent}`, "--trust-private"], /does not send the issuer of CN=localhost and that issuer \(O=TeliaSonera, CN=TeliaSonera Root CA v1\) is not in Node's root store/);
  });

  test("an IP URL is refused: the board's BearSSL does not match IP addresses", async () => {
    const port = await https([leaf2, root]);
    await refused([`wss://127.0.0.1:${port}`, "--trust-private"], new RegExp(`127\\.0\\.0\\.1 is an IP address, and the board's BearSSL matches only host names .* use its name, e\\.g\\. wss://localhost:${port}`));
  });

  test("a self-signed server certificate: refused, or pinned itself with --trust-private", async () => {
    const port = await https([selfSigned]);
    await refused([`wss://localhost:${port}`], /presents a self-signed certificate that is not publicly trusted/);
    const r = await cli(`wss://localhost:${port}`, "--trust-private");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /the server certificate itself \(self-signed\)/);
  });

  test("an expired root is an error with the date; a soon-expiring one a warning", async () => {
    const expiredPort = await https([leafOfExpired, expiredRoot]);
    const date = new Date(Date.now() - 10 * day).toISOString().slice(0, 10);
    await refused([`wss://localhost:${expiredPort}`, "--trust-private"], new RegExp(`^tsduino: the root CA of localhost:\\d+ \\(CN=DST Root CA X3 \\(test\\)\\) expired on ${date}`));
    const soonPort = await https([leafOfSoon, soonRoot]);
    const soon = await cli(`wss://localhost:${soonPort}`, "--trust-private");
    assert.equal(soon.code, 0, soon.stderr);
    assert.match(soon.stderr, /warning: the root CA of localhost:\d+ \(CN=Soon Root\) expires on \d{4}-\d\d-\d\d, in 1\d days/);
  });

  test("--fingerprint prints the server certificate's SHA-1 as beginSSL takes it", async () => {
    const port = await https([leaf3, intermediate, root]);
    const r = await cli(`wss://localhost:${port}`, "--fingerprint", "--expect-sha256", rootFp);
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
      await Promise.all(cases.map(([args, expected]) => refused(args, expected)));
    } finally {
      plain.close();
    }
  });
});
