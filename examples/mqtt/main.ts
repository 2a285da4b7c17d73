// PubSubClient's mqtt_esp8266 example in TypeScript: connect to an MQTT broker with a last will, announce
// "online" (retained) on the status topic, subscribe to inTopic, switch the LED on a message starting with
// '1' and echo every message to outTopic. Reconnects whenever the broker goes away.
// On the PC: `tsduino run examples/mqtt/main.ts` with MQTT_HOST/MQTT_PORT pointing at a local mosquitto,
// then `mosquitto_pub -p <port> -t inTopic -m 1` and `mosquitto_sub -p <port> -t outTopic`.
import { WiFiClient } from "WiFiClient";
import { PubSubClient } from "PubSubClient";
import { WiFi, WL_CONNECTED } from "ESP8266WiFi";

const MQTT_HOST = "broker.local";
const MQTT_PORT = 1883;
const RETRY_MS = 500;

const espClient = new WiFiClient();
const client = new PubSubClient(espClient);
let received = 0;

export function setup(): void {
  pinMode(LED_BUILTIN, OUTPUT);
  Serial.begin(115200);
  WiFi.begin("SET_HERE_YOUR_WIFI_NAME", "SET_HERE_YOUR_WIFI_PASSWORD");
  while (WiFi.status() !== WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.println("WiFi connected");
  client.setServer(MQTT_HOST, MQTT_PORT);
  client.setCallback(callback);
}

function callback(topic: string, payload: Uint8Array, length: number): void {
  let text = "";
  for (let i = 0; i < length; i++) text += String.fromCharCode(payload[i]);
  received++;
  if (text === "stats") {
    Serial.printf("received %d\n", received);
    return;
  }
  Serial.printf("Message arrived [%s] %s\n", topic, text);
  // The built-in LED is active low.
  digitalWrite(LED_BUILTIN, length > 0 && payload[0] === 49 ? LOW : HIGH);
  client.publish("outTopic", text);
}

function reconnect(): void {
  while (!client.connected()) {
    Serial.print("Attempting MQTT connection...");
    // Client id, then the last will: "offline" retained on the status topic when the connection dies.
    if (client.connect("ESP8266Client-tsduino", "status", 0, true, "offline")) {
      Serial.println("connected");
      client.publish("status", "online", true);
      client.subscribe("inTopic");
    } else {
      Serial.printf("failed, rc=%d try again in %d ms\n", client.state(), RETRY_MS);
      delay(RETRY_MS);
    }
  }
}

export function loop(): void {
  if (!client.connected()) reconnect();
  client.loop();
}
