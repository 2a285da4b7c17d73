// The core's HelloServer example in TypeScript: "/" answers hello, "/inline" is a closure, "/echo" returns
// a POSTed body (the library's "plain" argument), "/count?n=…" returns its argument (used by the benchmark),
// "/stream" sends a chunked body, "/admin" asks for Basic credentials (admin / esp8266),
// every other URI gets the example's 404 page listing the arguments.
// On the PC: `tsduino run examples/web-server/main.ts`, then `curl http://127.0.0.1:8080/` (port 80 needs
// root on a PC: the host server listens on 8080 instead and says so).
import { ESP8266WebServer, HTTP_GET, HTTP_POST } from "ESP8266WebServer";
import { WiFi, WL_CONNECTED } from "ESP8266WiFi";

const PORT = 80;
const server = new ESP8266WebServer(PORT);
const led = LED_BUILTIN;

function handleRoot(): void {
  digitalWrite(led, LOW);
  server.send(200, "text/plain", "hello from esp8266!\r\n");
  digitalWrite(led, HIGH);
}

function handleNotFound(): void {
  digitalWrite(led, LOW);
  let message = "File Not Found\n\n";
  message += "URI: ";
  message += server.uri();
  message += "\nMethod: ";
  message += server.method() === HTTP_GET ? "GET" : "POST";
  message += "\nArguments: ";
  message += server.args();
  message += "\n";
  for (let i = 0; i < server.args(); i++) {
    message += " " + server.argName(i) + ": " + server.arg(i) + "\n";
  }
  server.send(404, "text/plain", message);
  digitalWrite(led, HIGH);
}

export function setup(): void {
  pinMode(led, OUTPUT);
  digitalWrite(led, HIGH);
  Serial.begin(115200);
  WiFi.begin("SET_HERE_YOUR_WIFI_NAME", "SET_HERE_YOUR_WIFI_PASSWORD");
  while (WiFi.status() !== WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.print("IP address: ");
  Serial.println(WiFi.localIP());

  server.on("/", handleRoot);
  server.on("/inline", () => {
    server.send(200, "text/plain", "this works as well");
  });
  server.on("/echo", HTTP_POST, () => {
    server.sendHeader("X-Echo-Length", `${server.arg("plain").length}`);
    server.send(200, "application/json", server.arg("plain"));
  });
  server.on("/count", HTTP_GET, () => {
    server.send(200, "text/plain", `n=${server.arg("n")}`);
  });
  server.on("/admin", () => {
    // The core's HttpBasicAuth example: ask the browser for credentials until they match.
    if (!server.authenticate("admin", "esp8266")) {
      server.requestAuthentication();
      return;
    }
    server.send(200, "text/plain", "Login OK");
  });
  server.on("/stream", () => {
    // A body of unknown length: chunked transfer encoding.
    if (!server.chunkedResponseModeStart(200, "text/plain")) {
      server.send(505, "text/html", "HTTP1.1 required");
      return;
    }
    for (let i = 1; i <= 3; i++) server.sendContent(`part ${i}\n`);
    server.chunkedResponseFinalize();
  });
  server.onNotFound(handleNotFound);
  server.begin();
  Serial.println("HTTP server started");
}

export function loop(): void {
  server.handleClient();
}
