// WebSocket benchmark (`npm run bench`, suite bench/websocket): round trips per second and mean round-trip
// time of the host WebSocketsClient (C++ over TCP + BearSSL, via test/helpers-ws/ws_driver.cpp) against the
// same local `ws` echo server driven by a Node `ws` client, over ws:// and wss://, side by side, with the
// ratio. Each client is its own process; runs alternate and the median of 3 is reported.
import { execFile } from "node:child_process";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDriver, makePki, runDriver, startEchoServer } from "../../test/helpers-ws/servers.js";

const COUNT = Number(process.env.WS_BENCH_COUNT ?? 5000);
const RUNS = 3;
const here = dirname(fileURLToPath(import.meta.url));

function nodeClient(url: string, ca: string): Promise<number> {
  return new Promise((done, fail) =>
    execFile(process.execPath, [join(here, "node-client.js"), url, ca, String(COUNT)], { timeout: 120_000 }, (error, stdout, stderr) => {
      const m = /RATE ([\d.]+)/.exec(stdout);
      if (error || !m) fail(new Error(`node client failed: ${stderr || error?.message}`));
      else done(Number(m[1]));
    }),
  );
}

async function cppClient(mode: "plain" | "ca", port: number, ca: string): Promise<number> {
  const r = await runDriver({ mode, port, trust: ca, script: "roundtrips", scriptArg: COUNT, durationMs: 120_000 });
  const line = r.lines.find((l) => l.startsWith("RATE "));
  if (!line) throw new Error(`C++ client failed:\n${r.lines.join("\n")}\n${r.stderr}`);
  return Number(line.split(" ")[1]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  await buildDriver();
  const pki = makePki();
  const rows: string[][] = [];
  for (const secure of [false, true]) {
    const server = await startEchoServer(secure ? { tls: { cert: pki.server.certPem, key: pki.server.keyPem } } : {});
    const cpp: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cpp.push(await cppClient(secure ? "ca" : "plain", server.port, secure ? pki.caFile : "-"));
      node.push(await nodeClient(server.url, secure ? pki.caFile : "-"));
    }
    await server.close();
    const c = median(cpp);
    const n = median(node);
    rows.push([secure ? "wss://" : "ws://", c.toFixed(0), (1e6 / c).toFixed(0), n.toFixed(0), (1e6 / n).toFixed(0), (c / n).toFixed(2)]);
  }
  console.log(`WebSocket echo round trips (${COUNT} sequential messages, median of ${RUNS}; same ws echo server on 127.0.0.1; load average ${loadavg()[0].toFixed(1)})`);
  const header = ["", "C++ host msgs/s", "C++ RTT µs", "Node ws msgs/s", "Node RTT µs", "ratio C++/Node"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log(r.map((v, i) => v.padStart(widths[i])).join("  "));
}

await main();
