// ESP8266WebServer.streamFile on the host. The File type belongs to the LittleFS binding (another part of
// tsduino), so this test stands in for its File adapter in C++ with the shape streamFile relies on: raw()
// returning an object with fs::File's size(), name() and read(uint8_t*, size_t). The sketch is compiled from
// TypeScript and one marked statement of the generated C++ is replaced by the streamFile call; Node's http
// checks the response: the library's headers (Content-Length = file size, Content-Encoding gzip for *.gz)
// and the exact bytes.
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compile } from "../compiler/src/index.js";
import { writeSketch } from "../builders/sketch.js";
import { buildHost } from "../builders/host.js";
import { freePort, start, REPO } from "./helpers-net/net.js";
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const XTENSA = "/usr/bin/xtensa-lx106-elf-g++";

const FAKE_FILE = `
// Stand-in for the LittleFS binding's File adapter: raw() gives fs::File's size/name/read(buf, n).
struct FakeRawFile {
  const char* path;
  size_t length;
  size_t pos = 0;
  size_t size() const { return length; }
  const char* name() const { return path; }
  size_t read(uint8_t* buf, size_t n) {
    size_t k = length - pos < n ? length - pos : n;
    for (size_t i = 0; i < k; i++) buf[i] = (uint8_t)((pos + i) * 7 % 251);
    pos += k;
    return k;
  }
};
struct FakeFileTS {
  FakeRawFile file;
  FakeRawFile& raw() { return file; }
};
// A File adapter without raw(): only the TS-level File API (size(), name(), read() → byte or -1).
struct FakeTsFile {
  double length;
  double pos = 0;
  double size() { return length; }
  ts::String name() { return ts::String::fromUtf8("/data.bin"); }
  double read() {
    if (pos >= length) return -1;
    double b = (double)(((size_t)pos) * 7 % 251);
    pos += 1;
    return b;
  }
};
`;

function get(port: number, path: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("ESP8266WebServer.streamFile on the host", { timeout: 180_000 }, () => {
  test("a 5,000-byte file and a .gz file through raw(), a file with only the TS File API: headers and bytes", async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "tsduino-streamfile-"));
    const entry = join(dir, "main.ts");
    writeFileSync(entry, `
import { ESP8266WebServer } from "ESP8266WebServer";
const server = new ESP8266WebServer(${port});
export function setup(): void {
  server.on("/file", () => console.log("STREAM plain"));
  server.on("/file.gz", () => console.log("STREAM gz"));
  server.on("/ts", () => console.log("STREAM ts"));
  server.begin();
  console.log("ready");
}
export function loop(): void {
  server.handleClient();
}
`);
    const r = compile({ entry });
    assert.ok(r.sketch, r.diagnostics.map((d) => d.message).join("\n"));
    const file = r.sketch.files[0];
    const replaced = file.content
      .replace(/ts::console_line\(false, TS_TEXT\("STREAM plain\\n"\)\);/, `{ FakeFileTS f{FakeRawFile{"/index.html", 5000}}; server.streamFile(f, ts::String::fromUtf8("text/html")); }`)
      .replace(/ts::console_line\(false, TS_TEXT\("STREAM gz\\n"\)\);/, `{ FakeFileTS f{FakeRawFile{"/app.js.gz", 300}}; server.streamFile(f, ts::String::fromUtf8("application/javascript")); }`);
    const replacedAll = replaced.replace(/ts::console_line\(false, TS_TEXT\("STREAM ts\\n"\)\);/, `{ FakeTsFile f{1234}; server.streamFile(f, ts::String::fromUtf8("application/octet-stream")); }`);
    assert.notEqual(replacedAll, replaced);
    assert.notEqual(replaced, file.content, `markers not found in:\n${file.content}`);
    // The stand-in goes after the includes, before the sketch's own code.
    const lines = replacedAll.split("\n");
    const lastInclude = lines.map((l, i) => (l.startsWith("#include") ? i : -1)).reduce((a, b) => Math.max(a, b));
    lines.splice(lastInclude + 1, 0, FAKE_FILE);
    const sketch = { ...r.sketch, files: [{ ...file, content: lines.join("\n") }] };
    const sketchDir = writeSketch(sketch, mkdtempSync(join(dir, "sketch-")));
    const { executable } = await buildHost(sketchDir, sketch);
    const run = start(executable);
    try {
      await run.waitFor("ready\n");
      const expected = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7) % 251));
      const plain = await get(port, "/file");
      assert.equal(plain.headers["content-type"], "text/html");
      assert.equal(plain.headers["content-length"], "5000");
      assert.equal(plain.headers["content-encoding"], undefined);
      assert.deepEqual(plain.body, expected(5000));
      const gz = await get(port, "/file.gz");
      assert.equal(gz.headers["content-encoding"], "gzip");
      assert.equal(gz.headers["content-length"], "300");
      assert.deepEqual(gz.body, expected(300));
      const viaTs = await get(port, "/ts");
      assert.equal(viaTs.headers["content-length"], "1234");
      assert.equal(viaTs.headers["content-type"], "application/octet-stream");
      assert.deepEqual(viaTs.body, expected(1234));
    } finally {
      await run.stop();
    }
  });

  test("the TS-File path compiles for the ESP8266 CPU against the declaration-only headers", { skip: !existsSync(XTENSA) && "xtensa-lx106-elf-g++ missing" }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "tsduino-streamfile-device-"));
    const entry = join(dir, "main.ts");
    writeFileSync(entry, `
import { ESP8266WebServer } from "ESP8266WebServer";
const server = new ESP8266WebServer(80);
export function setup(): void {
  server.on("/ts", () => console.log("STREAM ts"));
  server.begin();
}
export function loop(): void {
  server.handleClient();
}
`);
    const r = compile({ entry });
    assert.ok(r.sketch, r.diagnostics.map((d) => d.message).join("\n"));
    const file = r.sketch.files[0];
    const lines = file.content.replace(/ts::console_line\(false, TS_TEXT\("STREAM ts\\n"\)\);/, `{ FakeTsFile f{1234}; server.streamFile(f, ts::String::fromUtf8("text/plain")); }`).split("\n");
    const lastInclude = lines.map((l, i) => (l.startsWith("#include") ? i : -1)).reduce((a, b) => Math.max(a, b));
    lines.splice(lastInclude + 1, 0, FAKE_FILE.slice(FAKE_FILE.indexOf("// A File adapter without raw()")));
    const sketch = { ...r.sketch, files: [{ ...file, content: lines.join("\n") }] };
    const sketchDir = writeSketch(sketch, mkdtempSync(join(dir, "sketch-")));
    const libs = readdirSync(join(sketchDir, "src/libraries")).map((l) => join(sketchDir, "src/libraries", l));
    const includes = [join(REPO, "runtime/device"), join(sketchDir, "src/tsduino"), ...libs].flatMap((d) => ["-I", d]);
    const cc = await new Promise<{ code: number; out: string }>((done) =>
      execFile("nice", [XTENSA, "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-Wall", "-Wextra", "-Werror", "-c", ...includes, "-x", "c++", join(sketchDir, `${sketch.name}.ino`), "-o", join(dir, "main.o")],
        { maxBuffer: 1 << 24 }, (e, so, se) => done({ code: e ? 1 : 0, out: so + se })));
    assert.equal(cc.code, 0, cc.out.split("\n").slice(0, 30).join("\n"));
  });
});
