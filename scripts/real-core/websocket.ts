// The secure-websocket programs against a local wss:// echo server (the `ws` package over https on
// 127.0.0.1, a throw-away CA, a server certificate for the program's host name). The program stays
// unmodified: an LD_PRELOAD shim (shims/redirect.c) sends its host name to 127.0.0.1 and port 443 to the
// server's port. Right CA: a copy of the program whose certs.ts holds the local CA (what
// `tsduino cert wss://…` writes). Wrong CA: the program as shipped (its CA did not sign the local server).
// Each runs through the real core's emulation and through `tsduino run`, and the outputs are compared.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { WebSocketServer } from "ws";
import { issueCertificate } from "../../hosttools/cert/x509-builder.js";
import { writeSketchForBoard } from "../../builders/device.js";
import { buildInEmulation, emulationBinary, runInEmulation, SHIMS_DIR, type Checkouts } from "./emulation.js";
import { compareOutputs, saveOutputs } from "./compare.js";
import { run } from "./process.js";
import { BOARD, firstError, REPO, type Program, type Row } from "./common.js";

const CONNECTED = "[WSc] Connected to url: /";
const ECHOED = "[WSc] get text: Hi there!";
const DISCONNECTED = "[WSc] Disconnected";

export async function secureWebSocketRuns(program: Program, sketchDir: string, checkouts: Checkouts, work: string, seconds: number): Promise<Row[]> {
  const source = readFileSync(program.entry, "utf8");
  const host = /^const \w*HOST = "([^"]+)";$/m.exec(source)?.[1];
  const port = /^const \w*PORT = (\d+);$/m.exec(source)?.[1];
  if (!host || port !== "443") return [{ program: program.name, compiles: "?", same: "no: cannot find its HOST/PORT 443 constants" }];

  const shim = join(work, "redirect.so");
  const cc = await run("gcc", ["-shared", "-fPIC", "-O2", "-o", shim, join(SHIMS_DIR, "redirect.c"), "-ldl"]);
  if (cc.code !== 0) return [{ program: program.name, compiles: "?", same: `no: the redirect shim does not build: ${firstError(cc.stderr)}` }];

  const years = 365 * 24 * 60 * 60 * 1000;
  const ca = issueCertificate({ commonName: "tsduino real-core check CA", organization: "tsduino", isCa: true, notAfter: new Date(Date.now() + years) });
  const leaf = issueCertificate({ commonName: host, altNames: [host, "localhost"], issuer: ca });
  const https = createServer({ cert: leaf.certPem + ca.certPem, key: leaf.keyPem });
  const wss = new WebSocketServer({ server: https });
  wss.on("connection", (socket) => socket.on("message", (data, isBinary) => socket.send(data, { binary: isBinary })));
  https.on("tlsClientError", () => {});
  await new Promise<void>((done) => https.listen(0, "127.0.0.1", () => done()));
  const env = { ...process.env, LD_PRELOAD: shim, TSD_REDIRECT_HOST: host, TSD_REDIRECT_PORT: String((https.address() as AddressInfo).port) };

  try {
    // Right CA: the same program with certs.ts holding the local CA.
    const rightDir = join(work, "right-ca", program.name.replace(/[/.]/g, "_"));
    const srcDir = dirname(program.entry);
    cpSync(srcDir, rightDir, { recursive: true });
    const certs = join(rightDir, "certs.ts");
    if (!existsSync(certs)) return [{ program: program.name, compiles: "?", same: "no: no certs.ts next to main.ts" }];
    writeFileSync(certs, `// The local check server's CA (written by scripts/real-core).\nexport const ENDPOINT_CA_CERT = \`${ca.certPem.trim()}\n\`;\n`);
    const rightSketch = writeSketchForBoard({ entry: join(rightDir, "main.ts"), board: BOARD, outDir: join(rightDir, "build") }).sketchDir;

    const rows: Row[] = [];
    for (const [label, dir, entry, expect] of [
      ["right CA", rightSketch, join(rightDir, "main.ts"), "right"],
      ["wrong CA", sketchDir, program.entry, "wrong"],
    ] as const) {
      const name = `${program.name} (${label})`;
      const built = await buildInEmulation(checkouts, dir, work);
      if (built.code !== 0) {
        rows.push({ program: name, compiles: `no: ${firstError(built.stdout + built.stderr)}`, same: "-" });
        continue;
      }
      const real = await runInEmulation(emulationBinary(checkouts, dir), seconds, env);
      const ours = await run(process.execPath, [join(REPO, "bin", "tsduino.js"), "run", entry, "--timeout", String(seconds)], { env, timeoutMs: 600_000 });
      saveOutputs(work, name, real.stdout + real.stderr, ours.stdout + ours.stderr);
      const verdicts = [verdict("real", real.stdout, expect), verdict("tsduino", ours.stdout, expect)].filter((v) => v);
      const comparison = compareOutputs(real.stdout, ours.stdout, true);
      rows.push({ program: name, compiles: "yes", same: verdicts.length ? `no: ${verdicts.join("; ")}` : comparison.summary });
    }
    return rows;
  } finally {
    wss.close();
    https.close();
  }
}

/** Undefined when the output shows the expected outcome (connected and echoed / rejected, never connected). */
function verdict(who: string, output: string, expect: "right" | "wrong"): string | undefined {
  if (expect === "right") {
    if (!output.includes(CONNECTED) || !output.includes(ECHOED)) return `${who} did not connect and echo`;
    return undefined;
  }
  if (output.includes(CONNECTED)) return `${who} connected with a wrong CA`;
  if (!output.includes(DISCONNECTED)) return `${who} printed no ${DISCONNECTED}`;
  return undefined;
}
