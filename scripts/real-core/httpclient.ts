// examples/http-client against local servers, unmodified but for its CA: an https server for the example's
// host with a certificate from a throw-away CA (GET answered chunked) and a plain http server that echoes
// the POSTed JSON. The redirect shim sends the host name to 127.0.0.1 and ports 443/80 to the local ones.
// Right CA: a copy whose certs.ts holds the local CA must GET the page and POST; wrong CA: the example as
// shipped (ISRG Root X1) must fail the https GET ("connection failed") and still POST over http.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { issueCertificate } from "../../hosttools/cert/x509-builder.js";
import { writeSketchForBoard } from "../../builders/device.js";
import { buildInEmulation, emulationBinary, runInEmulation, SHIMS_DIR, type Checkouts } from "./emulation.js";
import { compareOutputs, saveOutputs } from "./compare.js";
import { run } from "./process.js";
import { BOARD, firstError, REPO, type Program, type Row } from "./common.js";

export const PAGE = "<html><body>connection test page</body></html>";

export async function httpClientRuns(program: Program, sketchDir: string, checkouts: Checkouts, work: string, seconds: number): Promise<Row[]> {
  const source = readFileSync(program.entry, "utf8");
  const host = /^const HTTPS_URL = "https:\/\/([^/"]+)\//m.exec(source)?.[1];
  if (!host) return [{ program: program.name, compiles: "?", same: "no: cannot find its HTTPS_URL constant" }];
  const shim = join(work, "redirect.so");
  const cc = await run("gcc", ["-shared", "-fPIC", "-O2", "-o", shim, join(SHIMS_DIR, "redirect.c"), "-ldl"]);
  if (cc.code !== 0) return [{ program: program.name, compiles: "?", same: `no: the redirect shim does not build: ${firstError(cc.stderr)}` }];

  const years = 365 * 24 * 60 * 60 * 1000;
  const ca = issueCertificate({ commonName: "tsduino real-core check CA", organization: "tsduino", isCa: true, notAfter: new Date(Date.now() + years) });
  const leaf = issueCertificate({ commonName: host, altNames: [host, "localhost"], issuer: ca });
  const https = createHttpsServer({ cert: leaf.certPem + ca.certPem, key: leaf.keyPem }, (req, res) => {
    res.writeHead(200, { "content-type": "text/html" });  // no length: Node sends it chunked
    res.write(PAGE.slice(0, 20));
    res.end(PAGE.slice(20));
  });
  https.on("tlsClientError", () => {});
  const http = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (d: Buffer) => chunks.push(d));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      res.writeHead(req.method === "POST" ? 200 : 405, { "content-type": "application/json", "content-length": body.length });
      res.end(body);
    });
  });
  await Promise.all([listen(https), listen(http)]);
  const env = {
    ...process.env, LD_PRELOAD: shim, TSD_REDIRECT_HOST: host, TSD_REDIRECT_FROM: "443,80",
    TSD_REDIRECT_PORT: `${(https.address() as AddressInfo).port},${(http.address() as AddressInfo).port}`,
  };
  try {
    const rightDir = join(work, "right-ca", program.name.replace(/[/.]/g, "_"));
    cpSync(dirname(program.entry), rightDir, { recursive: true });
    writeFileSync(join(rightDir, "certs.ts"), `// The local check server's CA (written by scripts/real-core).\nexport const ENDPOINT_CA_CERT = \`${ca.certPem.trim()}\n\`;\n`);
    const rightSketch = writeSketchForBoard({ entry: join(rightDir, "main.ts"), board: BOARD, outDir: join(rightDir, "build") }).sketchDir;
    const rows: Row[] = [];
    for (const [label, dir, entry, expect] of [
      ["right CA", rightSketch, join(rightDir, "main.ts"), "right"],
      ["wrong CA", sketchDir, program.entry, "wrong"],
    ] as const) {
      const name = `${program.name} (local https+http, ${label})`;
      const built = await buildInEmulation(checkouts, dir, work);
      if (built.code !== 0) {
        rows.push({ program: name, compiles: `no: ${firstError(built.stdout + built.stderr)}`, same: "-" });
        continue;
      }
      const real = await runInEmulation(emulationBinary(checkouts, dir), seconds, env);
      const ours = await run(process.execPath, [join(REPO, "bin", "tsduino.js"), "run", entry, "--timeout", String(seconds)], { env, timeoutMs: 600_000 });
      saveOutputs(work, name, real.stdout, ours.stdout);
      const verdicts = [verdict("real", real.stdout, expect), verdict("tsduino", ours.stdout, expect)].filter((v) => v);
      const comparison = compareOutputs(real.stdout, ours.stdout, true);
      rows.push({ program: name, compiles: "yes", same: verdicts.length ? `no: ${verdicts.join("; ")}` : comparison.summary });
    }
    return rows;
  } finally {
    https.close();
    http.close();
  }
}

function listen(server: Server | ReturnType<typeof createHttpsServer>): Promise<void> {
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done()));
}

const POSTED = '{"hello":"world"}';

function verdict(who: string, output: string, expect: "right" | "wrong"): string | undefined {
  const lines = output.replace(/\r/g, "").split("\n");
  if (!lines.includes("[HTTP] POST... code: 200") || !lines.includes(POSTED)) return `${who} did not POST and print the echo`;
  if (expect === "right" && (!lines.includes("[HTTPS] GET... code: 200") || !lines.includes(PAGE))) return `${who} did not GET the page`;
  if (expect === "wrong" && !lines.includes("[HTTPS] GET... failed, error: connection failed")) return `${who} did not refuse the wrong CA`;
  return undefined;
}
