// The core's WiFiClient example in TypeScript: open a TCP connection to a quote-of-the-day server, say
// hello, print whatever the server answers until it closes, then wait and do it again.
// On the PC: `tsduino run examples/tcp-client/main.ts` with HOST/PORT pointing at a local TCP server.
import { WiFiClient } from "WiFiClient";
import { WiFi, WL_CONNECTED } from "ESP8266WiFi";

const HOST = "djxmmx.net";
const PORT = 17;
const AGAIN_MS = 300000;

const client = new WiFiClient();

export function setup(): void {
  Serial.begin(115200);
  WiFi.begin("SET_HERE_YOUR_WIFI_NAME", "SET_HERE_YOUR_WIFI_PASSWORD");
  while (WiFi.status() !== WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.println("WiFi connected");
}

export function loop(): void {
  Serial.printf("connecting to %s:%d\n", HOST, PORT);
  if (client.connect(HOST, PORT) !== 1) {
    Serial.println("connection failed");
    delay(5000);
    return;
  }
  // This will send a string to the server
  if (client.connected()) client.println("hello from ESP8266");

  // Wait for data to be available
  const start = millis();
  while (client.available() === 0) {
    if (millis() - start > 5000) {
      Serial.println(">>> Client Timeout !");
      client.stop();
      delay(60000);
      return;
    }
    delay(1);
  }

  // Read all the bytes the server sends until it closes the connection, and print them
  Serial.println("receiving from remote server");
  while (client.connected()) {
    const line = client.readStringUntil("\n");
    if (line.length > 0 || client.connected()) Serial.println(line);
  }

  // Close the connection
  Serial.println();
  Serial.println("closing connection");
  client.stop();
  delay(AGAIN_MS);
}
