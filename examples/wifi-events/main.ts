// WiFi events and status transitions, and a scan: the station reports when it gets its address and when
// it loses the access point, and loop() watches WiFi.status(). On the PC the access point goes away at
// 300 ms and comes back at 600 ms with the stimulus file next to this sketch:
// `tsduino run examples/wifi-events/main.ts --stimulus examples/wifi-events/ap.txt --timeout 1`
import { WiFi, WL_CONNECTED, WIFI_STA, ENC_TYPE_NONE, WiFiEventStationModeGotIP, WiFiEventStationModeDisconnected } from "ESP8266WiFi";

let lastStatus = -1;

function onGotIP(event: WiFiEventStationModeGotIP): void {
  Serial.println(`got IP ${event.ip}, gateway ${event.gw}`);
}

function onDisconnected(event: WiFiEventStationModeDisconnected): void {
  Serial.printf("disconnected from %s, reason %d\n", event.ssid, event.reason);
}

export function setup(): void {
  Serial.begin(115200);
  WiFi.mode(WIFI_STA);
  WiFi.onStationModeGotIP(onGotIP);
  WiFi.onStationModeDisconnected(onDisconnected);
  const n = WiFi.scanNetworks();
  Serial.printf("%d networks\n", n);
  for (let i = 0; i < n; i++) {
    Serial.printf("  %s %d dBm ch %d%s\n", WiFi.SSID(i), WiFi.RSSI(i), WiFi.channel(i), WiFi.encryptionType(i) === ENC_TYPE_NONE ? " open" : "");
  }
  WiFi.scanDelete();
  WiFi.begin("HomeNet", "secret");
}

export function loop(): void {
  const status = WiFi.status();
  if (status !== lastStatus) {
    lastStatus = status;
    Serial.println(status === WL_CONNECTED ? `status: connected, ${WiFi.localIP()}` : `status: ${status}`);
  }
  delay(20);
}
