// PubSubClient on the host against a real broker: Debian's mosquitto started on a free loopback port, with
// mosquitto_pub / mosquitto_sub as the independent peer. examples/mqtt/main.ts through the real compiler:
// connect with a last will, retained "online", messages in and echoed out in order, the will published
// when the sketch dies, reconnect after the broker restarts. A second sketch: credentials (refused and
// accepted, state() codes), keepalive pings holding an idle connection, messages larger than the 256-byte
// buffer dropped until setBufferSize.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildEntry, buildExample, runCommand, start, startMosquitto, type Broker, type Built } from "./helpers-net/net.js";

const pub = (port: number, topic: string, message: string, extra: string[] = []) =>
  runCommand("mosquitto_pub", ["-h", "127.0.0.1", "-p", String(port), "-t", topic, "-m", message, ...extra]);

/** mosquitto_sub collecting `count` messages (with -v: "topic payload"); resolves to the lines. */
function subscribe(port: number, topics: string[], count: number, ms = 20_000): { ready: Promise<void>; lines: Promise<string[]> } {
  const args = ["-h", "127.0.0.1", "-p", String(port), "-v", "-C", String(count), "-W", String(Math.ceil(ms / 1000)), ...topics.flatMap((t) => ["-t", t])];
  // Line-buffered so the SUBACK debug line arrives while it runs (stdout is a pipe).
  const child = spawn("stdbuf", ["-oL", "mosquitto_sub", ...args, "-d"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let debug = "";
  let resolveReady: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
    // -d prints "Client ... received SUBACK" to stdout once subscribed
    if (/received SUBACK/.test(out)) resolveReady();
  });
  child.stderr.on("data", (d: Buffer) => (debug += d.toString()));
  const lines = new Promise<string[]>((resolve) =>
    child.on("close", () => {
      resolveReady();
      resolve(out.split("\n").filter((l) => l && !/^Client |^Subscribed/.test(l)));
    }),
  );
  void debug;
  return { ready, lines };
}

let broker: Broker;
let example: Built;

describe("PubSubClient against mosquitto", { timeout: 240_000 }, () => {
  before(async () => {
    broker = await startMosquitto();
    example = await buildExample("mqtt", (s) =>
      s.replace(/^const MQTT_HOST = ".*";$/m, `const MQTT_HOST = "127.0.0.1";`).replace(/^const MQTT_PORT = \d+;$/m, `const MQTT_PORT = ${broker.port};`),
    );
  });
  after(async () => {
    await broker?.stop();
  });

  test("the example: retained online, messages in and echoed out in order, the will when it dies, reconnect", async () => {
    const count = 100;
    const echoed = subscribe(broker.port, ["outTopic"], count);
    await echoed.ready;
    const run = start(example.executable);
    try {
      await run.waitFor("Attempting MQTT connection...connected\n");
      // The retained status as a new subscriber sees it.
      const status = subscribe(broker.port, ["status"], 1);
      assert.deepEqual(await status.lines, ["status online"]);
      // The sketch subscribes right after connecting; probe until it hears us.
      for (let i = 0; !run.stdout().includes("[inTopic] probe"); i++) {
        assert.ok(i < 100, "the sketch never received the probe");
        await pub(broker.port, "inTopic", "probe");
        await new Promise((r) => setTimeout(r, 50));
      }
      const messages = Array.from({ length: count - 1 }, (_, i) => `message ${i} ${"x".repeat(i)}`);
      const r = await runCommand("mosquitto_pub", ["-h", "127.0.0.1", "-p", String(broker.port), "-t", "inTopic", "-l"], messages.join("\n") + "\n");
      assert.equal(r.code, 0, r.stderr);
      const lines = await echoed.lines;
      assert.deepEqual(lines.filter((l) => l !== "outTopic probe"), messages.map((m) => `outTopic ${m}`));
      await run.waitFor(`Message arrived [inTopic] ${messages.at(-1)}\n`);
      const arrived = run.stdout().split("\n").filter((l) => l.startsWith("Message arrived [inTopic] message "));
      assert.deepEqual(arrived, messages.map((m) => `Message arrived [inTopic] ${m}`));

      // The broker goes away: the sketch notices and retries; it comes back on the same port: reconnected.
      await broker.stop();
      await run.waitFor(/failed, rc=-2 try again in 500 ms\n/);
      broker = await startMosquitto([], broker.port);
      const before = run.stdout().split("Attempting MQTT connection...connected\n").length;
      await run.waitFor(new RegExp(`(Attempting MQTT connection...connected\\n[^]*){${before}}`), 20_000);
      for (let i = 0; !run.stdout().includes("[inTopic] after restart"); i++) {
        assert.ok(i < 100, "no message after the reconnect");
        await pub(broker.port, "inTopic", "after restart");
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      // Killed without DISCONNECT: the broker publishes the will.
      run.child.kill("SIGKILL");
      await run.stop();
    }
    const will = subscribe(broker.port, ["status"], 1);
    assert.deepEqual(await will.lines, ["status offline"]);
  });

  test("credentials, state() codes, keepalive pings on an idle connection, the 256-byte buffer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsduino-mqtt-cases-"));
    const passwords = join(dir, "passwords");
    writeFileSync(passwords, "");
    // mosquitto started as root drops to its own user, which must be able to read the file.
    chmodSync(dir, 0o755);
    const made = await runCommand("mosquitto_passwd", ["-b", passwords, "alice", "secret"]);
    assert.equal(made.code, 0, made.stderr);
    chmodSync(passwords, 0o644);
    const secured = await startMosquitto(["allow_anonymous false", `password_file ${passwords}`]);
    try {
      writeFileSync(join(dir, "main.ts"), `
import { WiFiClient } from "WiFiClient";
import { PubSubClient, MQTT_CONNECTED, MQTT_MAX_PACKET_SIZE } from "PubSubClient";

const net = new WiFiClient();
const mqtt = new PubSubClient(net);
let started = 0;
let reported = false;

export function setup(): void {
  mqtt.setServer("127.0.0.1", ${secured.port});
  mqtt.setKeepAlive(1);
  mqtt.setCallback((topic: string, payload: Uint8Array, length: number) => {
    console.log(\`got \${topic} \${length} \${payload.length}\`);
    if (topic === "resize") console.log(\`resized \${mqtt.setBufferSize(1024)} \${mqtt.getBufferSize()}\`);
  });
  console.log(\`buffer \${mqtt.getBufferSize()} \${MQTT_MAX_PACKET_SIZE}\`);
  console.log(\`anonymous \${mqtt.connect("tsduino-cases")} \${mqtt.state()}\`);
  console.log(\`wrong \${mqtt.connect("tsduino-cases", "alice", "wrong")} \${mqtt.state()}\`);
  console.log(\`right \${mqtt.connect("tsduino-cases", "alice", "secret")} \${mqtt.state() === MQTT_CONNECTED}\`);
  console.log(\`subscribed \${mqtt.subscribe("data", 1)} \${mqtt.subscribe("resize")} \${mqtt.subscribe("x", 2)}\`);
  started = millis();
}

export function loop(): void {
  mqtt.loop();
  if (!reported && millis() - started > 3500) {
    reported = true;
    console.log(\`idle \${mqtt.connected()} \${mqtt.state()}\`);
  }
}
`);
      const built = await buildEntry(join(dir, "main.ts"));
      const run = start(built.executable);
      try {
        await run.waitFor("subscribed");
        const head = run.stdout().split("\n").slice(0, 5);
        // CONNACK refusals as mosquitto sends them for MQTT 3.1.1: 5 = not authorized (no credentials),
        // 5 = not authorized (wrong password); subscribe with QoS 2 is refused by the library (false).
        assert.deepEqual(head, ["buffer 256 256", "anonymous false 5", "wrong false 5", "right true true", "subscribed true true false"]);
        // Keepalive 1 s: mosquitto drops a client silent for 1.5 s; PINGREQs keep this one.
        // The whole line: "idle " and the rest may arrive in separate reads (seen at load 20+).
        await run.waitFor(/idle [^\n]*\n/, 10_000);
        assert.match(run.stdout(), /idle true 0\n/);
        // 300 bytes do not fit the default buffer: dropped; the next small message arrives.
        await pub(secured.port, "data", "y".repeat(300), ["-u", "alice", "-P", "secret"]);
        // QoS 1 on both sides: the message id is skipped in the payload (and acknowledged with PUBACK).
        await pub(secured.port, "data", "small", ["-u", "alice", "-P", "secret", "-q", "1"]);
        await run.waitFor("got data 5 5\n");
        assert.doesNotMatch(run.stdout(), /got data 300/);
        await pub(secured.port, "resize", "now", ["-u", "alice", "-P", "secret"]);
        await run.waitFor("resized true 1024\n");
        await pub(secured.port, "data", "y".repeat(300), ["-u", "alice", "-P", "secret"]);
        await run.waitFor("got data 300 300\n");
      } finally {
        await run.stop();
      }
    } finally {
      await secured.stop();
    }
  });
});
