// Secure WebSocket client: joins WiFi, opens wss:// to the server (its certificate checked against the CA in
// certs.ts), sends a greeting on connect and prints every message it receives.
import { WebSocketsClient, WStype_t, WStype_CONNECTED, WStype_DISCONNECTED, WStype_TEXT } from "WebSocketsClient";
import { ESP8266WiFiMulti } from "ESP8266WiFiMulti";
import { WiFi, WL_CONNECTED } from "ESP8266WiFi";
import { ENDPOINT_CA_CERT } from "./certs.js";

const WIFI_SSID = "your-ssid";
const WIFI_PASSWORD = "your-password";
const SERVER_HOST = "echo.example.com";
const SERVER_PORT = 443;

const wifiMulti = new ESP8266WiFiMulti();
const webSocket = new WebSocketsClient();

function webSocketEvent(type: WStype_t, payload: Uint8Array, length: number): void {
  if (type === WStype_DISCONNECTED) {
    Serial.printf("[WSc] Disconnected!\n");
  } else if (type === WStype_CONNECTED) {
    Serial.printf("[WSc] Connected to url: %s\n", payload);
    webSocket.sendTXT("Hi there!");
  } else if (type === WStype_TEXT) {
    Serial.printf("[WSc] get text: %s\n", payload);
  } else {
    Serial.printf("[WSc] event %d (%d bytes)\n", type, length);
  }
}

export function setup(): void {
  Serial.begin(115200);
  wifiMulti.addAP(WIFI_SSID, WIFI_PASSWORD);
  while (wifiMulti.run() !== WL_CONNECTED) {
    delay(100);
  }
  Serial.println("WiFi connected, IP " + String(WiFi.localIP()));
  webSocket.beginSslWithCA(SERVER_HOST, SERVER_PORT, "/", ENDPOINT_CA_CERT);
  webSocket.onEvent(webSocketEvent);
  webSocket.setReconnectInterval(5000);
}

export function loop(): void {
  webSocket.loop();
}
