// ESP8266WiFi events and status transitions, scans, and the mDNS responder, end to end: the access point
// disappears and comes back by stimulus (WIFI LOW/HIGH) and the sketch sees the core's events and statuses;
// the host mDNS responder answers real DNS queries on UDP (encoded and decoded here per RFC 1035 / 6762:
// A for <host>.local, PTR + SRV + TXT for _http._tcp.local, nothing for unknown names); both examples
// compile to xtensa objects.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import dgram from "node:dgram";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { example, hasXtensa, lines, tempDir, tsduinoRun, xtensaObject } from "./helpers/device-sketch.js";
import { runProcess } from "./helpers/process.js";
import { cliEntry, repoRoot } from "./helpers/paths.js";

// ---- a tiny DNS client: query encoding and answer decoding (RFC 1035 section 4)
function query(id: number, name: string, type: number): Buffer {
  const labels = name.split(".").flatMap((l) => [Buffer.from([l.length]), Buffer.from(l, "ascii")]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(1, 4);
  return Buffer.concat([header, ...labels, Buffer.from([0]), Buffer.from([0, type, 0, 1])]);
}

function readName(msg: Buffer, at: number): { name: string; next: number } {
  const parts: string[] = [];
  let pos = at;
  let next = -1;
  for (;;) {
    const len = msg[pos];
    if (len === 0) { if (next < 0) next = pos + 1; break; }
    if ((len & 0xc0) === 0xc0) { if (next < 0) next = pos + 2; pos = ((len & 0x3f) << 8) | msg[pos + 1]; continue; }
    parts.push(msg.subarray(pos + 1, pos + 1 + len).toString("ascii"));
    pos += 1 + len;
  }
  return { name: parts.join("."), next };
}

interface Answer { name: string; type: number; data: string }

function decode(msg: Buffer): { id: number; answers: Answer[] } {
  const qd = msg.readUInt16BE(4), an = msg.readUInt16BE(6);
  let pos = 12;
  for (let i = 0; i < qd; i++) pos = readName(msg, pos).next + 4;
  const answers: Answer[] = [];
  for (let i = 0; i < an; i++) {
    const { name, next } = readName(msg, pos);
    const type = msg.readUInt16BE(next), len = msg.readUInt16BE(next + 8), rdata = next + 10;
    let data = "";
    if (type === 1) data = [...msg.subarray(rdata, rdata + 4)].join(".");
    if (type === 12) data = readName(msg, rdata).name;
    if (type === 33) data = `${msg.readUInt16BE(rdata + 4)} ${readName(msg, rdata + 6).name}`;
    if (type === 16) {
      const items: string[] = [];
      for (let p = rdata; p < rdata + len; p += 1 + msg[p]) items.push(msg.subarray(p + 1, p + 1 + msg[p]).toString());
      data = items.join(";");
    }
    answers.push({ name, type, data });
    pos = rdata + len;
  }
  return { id: msg.readUInt16BE(0), answers };
}

function ask(port: number, name: string, type: number, timeoutMs = 1500): Promise<{ id: number; answers: Answer[] } | undefined> {
  return new Promise((done) => {
    const socket = dgram.createSocket("udp4");
    const timer = setTimeout(() => { socket.close(); done(undefined); }, timeoutMs);
    socket.on("message", (m) => { clearTimeout(timer); socket.close(); done(decode(m)); });
    socket.send(query(0x4242, name, type), port, "127.0.0.1");
  });
}

const children: { kill(): void }[] = [];
after(() => children.forEach((c) => c.kill()));

describe("WiFi and mDNS on the host", { concurrency: 2 }, () => {
  test("WiFi events and status transitions as the access point goes and comes back; a scan", async () => {
    const ap = join(example("wifi-events"), "..", "ap.txt");
    const r = await tsduinoRun([example("wifi-events"), "--stimulus", ap, "--timeout", "1"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(r), [
      "3 networks",
      "  tsduino-host -40 dBm ch 6",
      "  Neighbour -71 dBm ch 11",
      "  CafeFreeWiFi -83 dBm ch 1 open",
      "status: connected, 127.0.0.1",
      "got IP 127.0.0.1, gateway 127.0.0.1",
      "disconnected from HomeNet, reason 200", // WIFI_DISCONNECT_REASON_BEACON_TIMEOUT
      "status: 7", // WL_DISCONNECTED
      "got IP 127.0.0.1, gateway 127.0.0.1",
      "status: connected, 127.0.0.1",
    ]);
  });

  test("the mDNS responder answers A, PTR, SRV and TXT questions for the sketch's name and service", async () => {
    const out = tempDir("tsduino-mdns-");
    const build = await runProcess(process.execPath, [cliEntry, "build", example("mdns-responder"), "--target", "host", "--out", out], { cwd: repoRoot, timeoutMs: 120_000 });
    assert.equal(build.code, 0, build.stderr);
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(join(out, "main", "main"), [], { env: { ...process.env, TSDUINO_MDNS_PORT: String(port), TSDUINO_FLASH_DIR: out }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    await new Promise<void>((ready) => child.stdout.on("data", (d: Buffer) => d.toString().includes("mDNS responder started") && ready()));
    const a = await ask(port, "esp-demo.local", 1);
    assert.deepEqual(a, { id: 0x4242, answers: [{ name: "esp-demo.local", type: 1, data: "127.0.0.1" }] });
    const ptr = await ask(port, "_http._tcp.local", 12);
    assert.deepEqual(ptr?.answers, [
      { name: "_http._tcp.local", type: 12, data: "esp-demo._http._tcp.local" },
      { name: "esp-demo._http._tcp.local", type: 33, data: "80 esp-demo.local" },
      { name: "esp-demo._http._tcp.local", type: 16, data: "path=/" },
      { name: "esp-demo.local", type: 1, data: "127.0.0.1" },
    ]);
    const services = await ask(port, "_services._dns-sd._udp.local", 12);
    assert.deepEqual(services?.answers.map((x) => x.data), ["_http._tcp.local"]);
    assert.equal(await ask(port, "other.local", 1, 500), undefined, "no answer for a name the sketch does not own");
    child.kill();
  });
});

describe("WiFi and mDNS examples compile for the ESP8266 CPU", { skip: !hasXtensa && "xtensa-lx106-elf-g++ missing" }, () => {
  test("wifi-events and mdns-responder", async () => {
    for (const name of ["wifi-events", "mdns-responder"]) {
      const r = await xtensaObject(example(name));
      assert.ok(r.object, `${name}:\n${r.log}`);
    }
  });
});

