// Network-library benchmark (`npm run bench`, suite bench/net; alone: `npx tsc -p tsconfig.json && node
// dist/bench/net/run.js`). The done-when figures of the network bindings, with the examples built by the
// real compiler and run as host executables:
//  - web server: N sequential GET /count?n=i (examples/web-server) from a Node keep-alive client; every body
//    checked in order; the sketch's resident memory (VmRSS) at start, middle and end.
//  - MQTT: M messages published by mosquitto_pub into examples/mqtt through a private mosquitto, echoed by
//    the sketch to outTopic and collected by mosquitto_sub; both sides checked complete and in order; RSS at
//    start, middle and end.
// Sizes: NET_BENCH_HTTP (default 1000) and NET_BENCH_MQTT (default 10000).
import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { buildExample, freePort, rssKb, runCommand, start, startMosquitto } from "../../test/helpers-net/net.js";
import { sequentialGets } from "../../test/helpers-net/http-sequence.js";

const HTTP_COUNT = Number(process.env.NET_BENCH_HTTP ?? 1000);
const MQTT_COUNT = Number(process.env.NET_BENCH_MQTT ?? 10000);

function memoryLine(samples: number[]): string {
  const [a, b, c] = samples;
  return `RSS start ${a} kB, middle ${b} kB, end ${c} kB (end - start ${c - a >= 0 ? "+" : ""}${c - a} kB)`;
}

async function webServer(): Promise<boolean> {
  const port = await freePort();
  const built = await buildExample("web-server", (s) => s.replace(/^const PORT = \d+;$/m, `const PORT = ${port};`));
  const run = start(built.executable);
  try {
    await run.waitFor("HTTP server started\n");
    const pid = run.child.pid!;
    // Warm-up (first allocations of the server's buffers), then the measured run.
    await sequentialGets(port, 10);
    const samples = [rssKb(pid)];
    const t0 = performance.now();
    const r = await sequentialGets(port, HTTP_COUNT, (i) => {
      if (i === Math.floor(HTTP_COUNT / 2)) samples.push(rssKb(pid));
    });
    const ms = performance.now() - t0;
    samples.push(rssKb(pid));
    const inOrder = r.bodies.length === HTTP_COUNT && r.bodies.every((b, i) => b === `n=${i}`);
    console.log(`web server: ${HTTP_COUNT} sequential GETs, ${inOrder ? "all complete and in order" : "MISMATCH"}; ` +
      `${(HTTP_COUNT / (ms / 1000)).toFixed(0)} requests/s; ${r.connections} connection(s), ${r.retries} retried after the server's idle close`);
    console.log(`web server: ${memoryLine(samples)}`);
    return inOrder;
  } finally {
    await run.stop();
  }
}

async function mqtt(): Promise<boolean> {
  const broker = await startMosquitto();
  const built = await buildExample("mqtt", (s) =>
    s.replace(/^const MQTT_HOST = ".*";$/m, `const MQTT_HOST = "127.0.0.1";`).replace(/^const MQTT_PORT = \d+;$/m, `const MQTT_PORT = ${broker.port};`),
  );
  const run = start(built.executable);
  try {
    await run.waitFor("Attempting MQTT connection...connected\n");
    const pid = run.child.pid!;
    for (let i = 0; !run.stdout().includes("[inTopic] probe"); i++) {
      if (i > 200) throw new Error("the sketch never subscribed");
      await runCommand("mosquitto_pub", ["-h", "127.0.0.1", "-p", String(broker.port), "-t", "inTopic", "-m", "probe"]);
      await new Promise((r) => setTimeout(r, 50));
    }
    // The independent receiver of the echoes.
    const sub = spawn("stdbuf", ["-oL", "mosquitto_sub", "-h", "127.0.0.1", "-p", String(broker.port), "-t", "outTopic", "-C", String(MQTT_COUNT), "-W", "300", "-d"], { stdio: ["ignore", "pipe", "ignore"] });
    let subOut = "";
    sub.stdout.on("data", (d: Buffer) => (subOut += d.toString()));
    while (!/received SUBACK/.test(subOut)) await new Promise((r) => setTimeout(r, 10));
    const subDone = new Promise<void>((r) => sub.on("close", () => r()));
    const messages = Array.from({ length: MQTT_COUNT }, (_, i) => `m${i} ${"p".repeat(i % 64)}`);
    const samples = [rssKb(pid)];
    const t0 = performance.now();
    const published = runCommand("mosquitto_pub", ["-h", "127.0.0.1", "-p", String(broker.port), "-t", "inTopic", "-l"], messages.join("\n") + "\n", 300_000);
    await run.waitFor(`Message arrived [inTopic] ${messages[Math.floor(MQTT_COUNT / 2)]}\n`, 300_000);
    samples.push(rssKb(pid));
    await run.waitFor(`Message arrived [inTopic] ${messages[MQTT_COUNT - 1]}\n`, 300_000);
    await subDone;
    const ms = performance.now() - t0;
    samples.push(rssKb(pid));
    await published;
    const arrived = run.stdout().split("\n").filter((l) => l.startsWith("Message arrived [inTopic] m")).map((l) => l.slice("Message arrived [inTopic] ".length));
    const echoed = subOut.split("\n").filter((l) => l && !/^Client |^Subscribed /.test(l));
    const inOrder = arrived.length === MQTT_COUNT && arrived.every((m, i) => m === messages[i]);
    const echoedInOrder = echoed.length === MQTT_COUNT && echoed.every((m, i) => m === messages[i]);
    console.log(`mqtt: ${MQTT_COUNT} messages through mosquitto: sketch received ${arrived.length} ${inOrder ? "complete and in order" : "MISMATCH"}, ` +
      `mosquitto_sub got ${echoed.length} echoes ${echoedInOrder ? "complete and in order" : "MISMATCH"}; ${(MQTT_COUNT / (ms / 1000)).toFixed(0)} messages/s round trip`);
    console.log(`mqtt: ${memoryLine(samples)}`);
    return inOrder && echoedInOrder;
  } finally {
    await run.stop();
    await broker.stop();
  }
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on this machine`);
const ok = (await webServer()) && (await mqtt());
process.exit(ok ? 0 : 1);
