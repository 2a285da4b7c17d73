// The network bindings for the board: every bound API of WiFiClient, WiFiClientSecure/X509List,
// ESP8266HTTPClient, ESP8266WebServer and PubSubClient (one sketch calling each overload) and the three
// examples, compiled by the real compiler for the device and then to xtensa object files against the
// declaration-only headers in runtime/device (-Wall -Wextra -Werror); the same all-API sketch also builds
// and links for the host. Host sources never travel into the board's sketch folder.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { compile } from "../compiler/src/index.js";
import { writeSketch } from "../builders/sketch.js";
import { buildEntry, REPO } from "./helpers-net/net.js";
import { getBoard } from "../boards/index.js";
import { platformioIni, sketchYaml } from "../builders/project-files.js";

const XTENSA = "/usr/bin/xtensa-lx106-elf-g++";

const ALL_APIS = `
import { WiFiClient } from "WiFiClient";
import { WiFiClientSecure, X509List } from "WiFiClientSecure";
import { HTTPClient, HTTP_CODE_OK, HTTP_CODE_NOT_FOUND, HTTPC_ERROR_CONNECTION_FAILED, HTTPC_ERROR_READ_TIMEOUT, HTTPC_STRICT_FOLLOW_REDIRECTS } from "ESP8266HTTPClient";
import { ESP8266WebServer, HTTP_GET, HTTP_POST, HTTP_ANY, HTTP_HEAD, CONTENT_LENGTH_UNKNOWN, BASIC_AUTH, DIGEST_AUTH } from "ESP8266WebServer";
import { PubSubClient, MQTT_CONNECTED, MQTT_CONNECTION_TIMEOUT, MQTT_CONNECT_UNAUTHORIZED, MQTT_MAX_PACKET_SIZE } from "PubSubClient";

const PORT = 8081;
const plain = new WiFiClient();
const secure = new WiFiClientSecure();
const roots = new X509List();
const moreRoots = new X509List("-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n");
const http = new HTTPClient();
const server = new ESP8266WebServer(PORT);
const defaultServer = new ESP8266WebServer();
const mqtt = new PubSubClient(plain);
const mqttSecure = new PubSubClient(secure);
const bare = new PubSubClient();

function onMessage(topic: string, payload: Uint8Array, length: number): void {
  console.log(topic, payload.length, length);
}

function root(): void {
  server.send(200, "text/plain", "hi");
}

export function setup(): void {
  console.log(plain.connect("localhost", 1), plain.write("x"), plain.write(new Uint8Array(2)), plain.write(new Uint8Array(4), 2));
  console.log(plain.print("a"), plain.println("b"), plain.println(), plain.available(), plain.read(), plain.peek());
  console.log(plain.readStringUntil("\\n"), plain.readString(), plain.connected());
  plain.setTimeout(100); plain.setNoDelay(true); plain.flush(); plain.stop();
  console.log(roots.append("pem"), roots.getCount(), moreRoots.getCount());
  secure.setTrustAnchors(roots);
  console.log(secure.setFingerprint("AB:CD"), secure.getLastSSLError());
  secure.allowSelfSignedCerts(); secure.setBufferSizes(512, 512);
  console.log(secure.connect("localhost", 443));

  console.log(http.begin(plain, "http://localhost/"), http.begin(secure, "localhost", 443), http.begin(plain, "localhost", 80, "/x"), http.begin(secure, "localhost", 443, "/", true));
  http.setReuse(false); http.setUserAgent("ua"); http.setAuthorization("u", "p"); http.setAuthorization("dTpw");
  http.setTimeout(1000); http.setFollowRedirects(HTTPC_STRICT_FOLLOW_REDIRECTS); http.setRedirectLimit(3); http.useHTTP10(); http.useHTTP10(false);
  console.log(http.setURL("/y"), http.GET(), http.DELETE(), http.POST("p"), http.POST(new Uint8Array(1), 1), http.PUT("p"), http.PUT(new Uint8Array(1), 1));
  console.log(http.PATCH("p"), http.PATCH(new Uint8Array(1), 1), http.sendRequest("HEAD"), http.sendRequest("PUT", "x"), http.sendRequest("PUT", new Uint8Array(1), 1));
  http.addHeader("A", "b"); http.addHeader("A", "b", true); http.addHeader("A", "b", false, false);
  http.collectHeaders(["Date", "Server"], 2);
  console.log(http.header("Date"), http.header(0), http.headerName(0), http.headers(), http.hasHeader("Date"), http.getSize(), http.getLocation(), http.getString(), http.connected());
  console.log(HTTPClient.errorToString(HTTPC_ERROR_CONNECTION_FAILED), HTTP_CODE_OK, HTTP_CODE_NOT_FOUND, HTTPC_ERROR_READ_TIMEOUT);
  http.end();

  server.on("/", root);
  server.on("/x", HTTP_GET, root);
  server.on("/y", () => server.send(200));
  server.on("/z", HTTP_POST, () => {
    server.send(200, "text/plain");
    server.send(201, "application/octet-stream", new Uint8Array(3), 3);
  });
  server.onNotFound(() => server.send(404, "text/plain", \`\${server.uri()} \${server.method() === HTTP_ANY} \${server.method() === HTTP_HEAD}\`));
  server.enableCORS(true);
  server.on("/auth", () => {
    if (!server.authenticate("u", "p")) {
      server.requestAuthentication();
      server.requestAuthentication(BASIC_AUTH);
      server.requestAuthentication(BASIC_AUTH, "realm");
      server.requestAuthentication(DIGEST_AUTH, "realm", "denied");
    }
  });
  server.collectHeaders(["Host"], 1);
  console.log(server.arg("a"), server.arg(0), server.argName(0), server.args(), server.hasArg("a"), server.header("Host"), server.header(0), server.headerName(0), server.headers(), server.hasHeader("Host"), server.hostHeader());
  server.sendHeader("X", "y"); server.sendHeader("X", "y", true); server.setContentLength(CONTENT_LENGTH_UNKNOWN); server.sendContent("c");
  console.log(server.chunkedResponseModeStart(200, "text/plain"), server.keepAlive(), ESP8266WebServer.urlDecode("a+b%21"));
  server.chunkedResponseFinalize(); server.keepAlive(false);
  server.begin(); server.begin(PORT); server.handleClient(); server.close(); server.stop(); defaultServer.begin();

  mqtt.setServer("localhost", 1883).setCallback(onMessage).setKeepAlive(5).setSocketTimeout(2);
  mqttSecure.setCallback((topic: string, payload: Uint8Array, length: number) => console.log(topic, length, payload.length));
  bare.setClient(plain); bare.setClient(secure);
  console.log(mqtt.setBufferSize(512), mqtt.getBufferSize(), MQTT_MAX_PACKET_SIZE);
  console.log(mqtt.connect("id"), mqtt.connect("id", "u", "p"), mqtt.connect("id", "will", 1, true, "bye"), mqtt.connect("id", "u", "p", "will", 0, false, "bye"), mqtt.connect("id", "u", "p", "will", 0, false, "bye", false));
  console.log(mqtt.publish("t", "m"), mqtt.publish("t", "m", true), mqtt.publish("t", new Uint8Array(2), 2), mqtt.publish("t", new Uint8Array(2), 2, true));
  console.log(mqtt.subscribe("t"), mqtt.subscribe("t", 1), mqtt.unsubscribe("t"), mqtt.loop(), mqtt.connected(), mqtt.state() === MQTT_CONNECTED, MQTT_CONNECTION_TIMEOUT, MQTT_CONNECT_UNAUTHORIZED);
  mqtt.disconnect();
}

export function loop(): void {
  server.handleClient();
  mqtt.loop();
}
`;

function xtensa(sketchDir: string, name: string): Promise<{ code: number; out: string }> {
  const libs = readdirSync(join(sketchDir, "src/libraries")).map((l) => join(sketchDir, "src/libraries", l));
  const includes = [join(REPO, "runtime/device"), join(sketchDir, "src/tsduino"), ...libs].flatMap((d) => ["-I", d]);
  return new Promise((done) =>
    execFile("nice", [XTENSA, "-std=gnu++17", "-fno-exceptions", "-fno-rtti", "-Os", "-Wall", "-Wextra", "-Werror", "-c", ...includes, "-x", "c++", join(sketchDir, `${name}.ino`), "-o", join(sketchDir, `${name}.o`)],
      { maxBuffer: 1 << 24 }, (e, so, se) => done({ code: e ? 1 : 0, out: so + se })));
}

function deviceSketch(entry: string): { dir: string; name: string; libraries: string[] } {
  const r = compile({ entry });
  const errors = r.diagnostics.filter((d) => d.category === "error");
  assert.equal(errors.length, 0, errors.map((d) => `${d.line}: ${d.message}`).join("\n"));
  const dir = writeSketch(r.sketch!, mkdtempSync(join(tmpdir(), "tsduino-net-device-")));
  return { dir, name: r.sketch!.name, libraries: r.sketch!.libraries };
}

describe("network bindings for the board", { timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "tsduino-net-bindings-"));
  const allApis = join(work, "all_apis.ts");
  writeFileSync(allApis, ALL_APIS);

  test("every bound API compiles to an xtensa object file against the declaration-only headers", { skip: !existsSync(XTENSA) && "xtensa-lx106-elf-g++ missing" }, async () => {
    const s = deviceSketch(allApis);
    assert.deepEqual(readdirSync(join(s.dir, "src/libraries")).sort(), ["ESP8266HTTPClient", "ESP8266WebServer", "PubSubClient", "WiFiClient", "WiFiClientSecure"]);
    for (const lib of readdirSync(join(s.dir, "src/libraries"))) assert.ok(!existsSync(join(s.dir, "src/libraries", lib, "host")), `${lib}: host sources must not travel to the board`);
    assert.deepEqual(s.libraries, ["PubSubClient"], "only PubSubClient is installed separately; the rest ship with the core");
    const r = await xtensa(s.dir, s.name);
    assert.equal(r.code, 0, r.out.split("\n").slice(0, 40).join("\n"));
  });

  test("the examples compile to xtensa object files", { skip: !existsSync(XTENSA) && "xtensa-lx106-elf-g++ missing" }, async () => {
    for (const example of ["mqtt", "http-client", "web-server", "tcp-client"]) {
      const dir = join(work, example);
      cpSync(join(REPO, "examples", example), dir, { recursive: true });
      const s = deviceSketch(join(dir, "main.ts"));
      const r = await xtensa(s.dir, s.name);
      assert.equal(r.code, 0, `${example}:\n${r.out.split("\n").slice(0, 40).join("\n")}`);
    }
  });

  test("PubSubClient is pinned in sketch.yaml and platformio.ini; the core's libraries come with the platform (3.1.2)", () => {
    const s = deviceSketch(allApis);
    const yaml = sketchYaml(getBoard("nodemcuv2"), s.libraries);
    assert.match(yaml, /^      - platform: esp8266:esp8266 \(3\.1\.2\)$/m);
    assert.match(yaml, /^    libraries:\n      - PubSubClient \(2\.8\)\n/m);
    const ini = platformioIni(getBoard("nodemcuv2"), s.libraries);
    assert.match(ini, /^lib_deps =\n    knolleary\/PubSubClient@2\.8\n/m);
  });

  test("the same sketch builds and links for the host", async () => {
    const built = await buildEntry(allApis);
    assert.ok(existsSync(built.executable));
  });
});
