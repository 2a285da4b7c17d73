// The examples that talk to a server, run unmodified against a local one on both sides: the real core's
// emulation and `tsduino run`. The redirect shim (shims/redirect.c, LD_PRELOAD) sends the example's host
// name to 127.0.0.1 and its port to the local server's.
//  - examples/mqtt: Debian's mosquitto on a free loopback port with a retained "1" on inTopic; both must
//    connect, get the message and echo it to outTopic (seen by mosquitto_sub);
//  - examples/tcp-client: a TCP server that answers the sketch's hello line with a quote and closes.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, Socket, type AddressInfo } from "node:net";
import { join } from "node:path";
import { compareOutputs, saveOutputs } from "./compare.js";
import { buildInEmulation, emulationBinary, runInEmulation, SHIMS_DIR, type Checkouts } from "./emulation.js";
import { run, type Ran } from "./process.js";
import { firstError, REPO, type Program, type Row } from "./common.js";

export const SERVICE_PROGRAMS = new Set(["examples/mqtt", "examples/tcp-client"]);

interface Service {
  port: number;
  /** What the service saw of one run, undefined when it saw what it should. */
  check(): Promise<string | undefined>;
  /** Called before each run. */
  beforeRun(seconds: number): Promise<void>;
  close(): void;
}

export async function serviceRuns(program: Program, sketchDir: string, checkouts: Checkouts, work: string, seconds: number): Promise<Row[]> {
  const source = readFileSync(program.entry, "utf8");
  const host = /^const \w*HOST = "([^"]+)";$/m.exec(source)?.[1];
  const port = /^const \w*PORT = (\d+);$/m.exec(source)?.[1];
  if (!host || !port) return [{ program: program.name, compiles: "?", same: "no: cannot find its HOST/PORT constants" }];
  const built = await buildInEmulation(checkouts, sketchDir, work);
  if (built.code !== 0) return [{ program: program.name, compiles: `no: ${firstError(built.stdout + built.stderr)}`, same: "-" }];
  const shim = join(work, "redirect.so");
  const cc = await run("gcc", ["-shared", "-fPIC", "-O2", "-o", shim, join(SHIMS_DIR, "redirect.c"), "-ldl"]);
  if (cc.code !== 0) return [{ program: program.name, compiles: "yes", same: `no: the redirect shim does not build: ${firstError(cc.stderr)}` }];

  const service = program.name === "examples/mqtt" ? await mosquitto(work) : await quoteServer();
  try {
    const env = { ...process.env, LD_PRELOAD: shim, TSD_REDIRECT_HOST: host, TSD_REDIRECT_FROM: port, TSD_REDIRECT_PORT: String(service.port) };
    const outputs: Record<string, Ran> = {};
    const problems: string[] = [];
    for (const who of ["real", "tsduino"] as const) {
      await service.beforeRun(seconds);
      outputs[who] = who === "real"
        ? await runInEmulation(emulationBinary(checkouts, sketchDir), seconds, env)
        : await run(process.execPath, [join(REPO, "bin", "tsduino.js"), "run", program.entry, "--timeout", String(seconds)], { env, timeoutMs: 600_000 });
      const seen = await service.check();
      if (seen) problems.push(`${who}: ${seen}`);
    }
    saveOutputs(work, program.name, outputs.real.stdout, outputs.tsduino.stdout);
    const comparison = compareOutputs(outputs.real.stdout, outputs.tsduino.stdout, true);
    const name = `${program.name} (local ${program.name === "examples/mqtt" ? "mosquitto" : "TCP server"})`;
    return [{ program: name, compiles: "yes", same: problems.length ? `no: ${problems.join("; ")}` : comparison.summary }];
  } finally {
    service.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once("connect", () => { s.destroy(); resolve(true); });
      s.once("error", () => resolve(false));
      s.connect(port, "127.0.0.1");
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function mosquitto(work: string): Promise<Service> {
  const port = await freePort();
  const conf = join(work, "mosquitto.conf");
  writeFileSync(conf, `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\n`);
  const broker = spawn("mosquitto", ["-c", conf], { stdio: "ignore" });
  await waitForPort(port, 10_000);
  const pub = await run("mosquitto_pub", ["-h", "127.0.0.1", "-p", String(port), "-t", "inTopic", "-m", "1", "-r"], { timeoutMs: 10_000 });
  if (pub.code !== 0) throw new Error(`mosquitto_pub failed: ${pub.stderr}`);
  let sub: Promise<Ran> | undefined;
  return {
    port,
    async beforeRun(seconds) {
      // outTopic must get the sketch's echo of the retained "1" during the run
      sub = run("mosquitto_sub", ["-h", "127.0.0.1", "-p", String(port), "-t", "outTopic", "-C", "1", "-W", String(seconds + 20)], { timeoutMs: (seconds + 25) * 1000 });
      await new Promise((r) => setTimeout(r, 300));
    },
    async check() {
      const got = await sub!;
      const status = await run("mosquitto_sub", ["-h", "127.0.0.1", "-p", String(port), "-t", "status", "-C", "1", "-W", "3"], { timeoutMs: 8000 });
      const problems: string[] = [];
      if (got.stdout.trim() !== "1") problems.push(`outTopic got ${JSON.stringify(got.stdout.trim())}, not the echo "1"`);
      // the run ended by a signal: the broker published the will ("offline", retained) or still has "online"
      if (!/^(online|offline)$/.test(status.stdout.trim())) problems.push(`status is ${JSON.stringify(status.stdout.trim())}`);
      return problems.length ? problems.join(", ") : undefined;
    },
    close() { broker.kill("SIGTERM"); },
  };
}

const QUOTE = "The only way to go fast is to go well.";

async function quoteServer(): Promise<Service> {
  const received: string[] = [];
  const server = createServer((socket: Socket) => {
    let text = "";
    socket.on("data", (d) => {
      text += d.toString("latin1");
      if (text.includes("\n")) {
        received.push(text);
        socket.end(`${QUOTE}\r\n`);
      }
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  return {
    port: (server.address() as AddressInfo).port,
    async beforeRun() { received.length = 0; },
    async check() {
      if (received.length !== 1) return `the server got ${received.length} connections with a line, not 1`;
      return received[0] === "hello from ESP8266\r\n" ? undefined : `the server got ${JSON.stringify(received[0])}`;
    },
    close() { server.close(); },
  };
}

// examples/web-server: the emulation listens on loopback only (-i lo -l) on port 80 + its port shifter
// (-s 9000: 9080; it is 0 by default for root), tsduino's host server on 127.0.0.1:80, or 8080 when 80 needs
// root. The same requests go to both; status, content type and body must agree.
const WEB_REQUESTS: { method: string; path: string; body?: string; auth?: string }[] = [
  { method: "GET", path: "/" },
  { method: "GET", path: "/inline" },
  { method: "POST", path: "/echo", body: '{"led":1}' },
  { method: "GET", path: "/count?n=42" },
  { method: "GET", path: "/missing?a=1&b=two" },
  { method: "GET", path: "/admin" },
  { method: "GET", path: "/admin", auth: "admin:esp8266" },
  { method: "GET", path: "/admin", auth: "admin:wrong" },
  { method: "GET", path: "/stream" },
];

function request(port: number, r: (typeof WEB_REQUESTS)[number]): Promise<string> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { connection: "close" };
    if (r.body !== undefined) { headers["content-type"] = "application/json"; headers["content-length"] = String(Buffer.byteLength(r.body)); }
    if (r.auth) headers.authorization = `Basic ${Buffer.from(r.auth).toString("base64")}`;
    const req = httpRequest({ host: "127.0.0.1", port, method: r.method, path: r.path, headers, agent: false, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => resolve(`${r.method} ${r.path}${r.auth ? ` (${r.auth})` : ""} -> ${res.statusCode} ${res.headers["content-type"] ?? "-"} ${JSON.stringify(Buffer.concat(chunks).toString("latin1"))}`));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => resolve(`${r.method} ${r.path} -> error ${e.message}`));
    req.end(r.body);
  });
}

export async function webServerRuns(program: Program, sketchDir: string, checkouts: Checkouts, work: string, seconds: number): Promise<Row[]> {
  const name = `${program.name} (${WEB_REQUESTS.length} HTTP requests)`;
  const built = await buildInEmulation(checkouts, sketchDir, work);
  if (built.code !== 0) return [{ program: program.name, compiles: `no: ${firstError(built.stdout + built.stderr)}`, same: "-" }];
  const answers: Record<string, string[]> = {};
  const outputs: Record<string, Ran> = {};
  for (const [who, ports] of [["real", [9080]], ["tsduino", [80, 8080]]] as const) {
    const running = who === "real"
      ? runInEmulation(emulationBinary(checkouts, sketchDir), seconds, process.env, undefined, undefined, ["-i", "lo", "-l", "-s", "9000"])
      : run(process.execPath, [join(REPO, "bin", "tsduino.js"), "run", program.entry, "--timeout", String(seconds)], { timeoutMs: 600_000 });
    answers[who] = [];
    try {
      const port = await Promise.any(ports.map((p) => waitForPort(p, 60_000).then(() => p)));
      for (const r of WEB_REQUESTS) answers[who].push(await request(port, r));
    } catch (e) {
      answers[who].push(`(${e instanceof AggregateError ? e.errors.map((x) => (x as Error).message).join(", ") : (e as Error).message})`);
    }
    outputs[who] = await running;
  }
  saveOutputs(work, program.name, outputs.real.stdout + "\n--- HTTP answers\n" + answers.real.join("\n") + "\n",
    outputs.tsduino.stdout + "\n--- HTTP answers\n" + answers.tsduino.join("\n") + "\n");
  for (let i = 0; i < Math.max(answers.real.length, answers.tsduino.length); i++) {
    if (answers.real[i] !== answers.tsduino[i]) return [{ program: name, compiles: "yes", same: `no: real ${answers.real[i]}, tsduino ${answers.tsduino[i]}` }];
  }
  const comparison = compareOutputs(outputs.real.stdout, outputs.tsduino.stdout, true);
  return [{ program: name, compiles: "yes", same: comparison.same ? `${comparison.summary}; ${WEB_REQUESTS.length} / ${WEB_REQUESTS.length} answers equal` : comparison.summary }];
}
