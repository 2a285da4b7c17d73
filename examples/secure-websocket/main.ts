// The "Secure WebSockets with an ESP8266" story's final sketch, line for line in TypeScript: join WiFi,
// open wss:// verified against a root CA kept in flash, send "Hi there!" when connected and print what the
// echo server answers. Build it for the board with `tsduino build examples/secure-websocket/main.ts`, or run
// it on the PC with `npm run demo` (a local wss echo server with a throw-away CA, see scripts/demo.ts).
// The CA comes from `npx tsduino cert wss://<your server> --out certs.ts` (replaces `openssl s_client`).
import { WebSocketsClient, WStype_t, WStype_DISCONNECTED, WStype_CONNECTED, WStype_TEXT, WStype_BIN, WStype_ERROR } from "WebSocketsClient";
import { ESP8266WiFiMulti } from "ESP8266WiFiMulti";
import { WiFi, WL_CONNECTED } from "ESP8266WiFi";
import { ENDPOINT_CA_CERT } from "./certs";

const WS_HOST = "echo.websocket.org";
const WS_PORT = 443;

const WiFiMulti = new ESP8266WiFiMulti();
const webSocket = new WebSocketsClient();

export function setup(): void {
  // Configure serial output
  Serial.begin(115200);

  // Activate debug output. All help is welcome in this phase.
  Serial.setDebugOutput(true);

  // Connect wifi (the story used the library's DEBUG_WEBSOCKETS macro for these dots)
  Serial.print("Connecting");

  // Configure WiFi name and password
  WiFiMulti.addAP("SET_HERE_YOUR_WIFI_NAME", "SET_HERE_YOUR_WIFI_PASSWORD");

  // Wait for the connection to be established
  while (WiFiMulti.run() !== WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }

  // Show connection data
  Serial.println();
  Serial.print("Connected, IP address: ");
  Serial.println(WiFi.localIP());

  // Establish websocket connection
  webSocket.beginSslWithCA(WS_HOST, WS_PORT, "/", ENDPOINT_CA_CERT);

  // Setup connection handler
  webSocket.onEvent(webSocketEventHandler);
}

function webSocketEventHandler(type: WStype_t, payload: Uint8Array, length: number): void {
  switch (type) {
    case WStype_DISCONNECTED:
      Serial.printf("[WSc] Disconnected\n");
      break;
    case WStype_CONNECTED: // When WebSocket does connect, send a message
      Serial.printf("[WSc] Connected to url: %s\n", payload);
      webSocket.sendTXT("Hi there!\n");
      break;

    case WStype_TEXT: // When a message is received, print it
      Serial.printf("[WSc] get text: %s\n", payload);
      break;

    case WStype_BIN:
      Serial.printf("[WSc] get binary length: %u\n", length);
      break;

    case WStype_ERROR:
      // Error
      Serial.printf("[WSc] get error length: %u\n", length);
      break;

    default:
      Serial.printf("[WSc] Unknown transmission: %i. Probably can be ignored.", type);
  }
}

export function loop(): void {
  webSocket.loop();
}
