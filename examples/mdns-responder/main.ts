// Publish the board as esp-demo.local with an HTTP service, as ESP8266 firmware does so that browsers and
// `avahi-browse -r _http._tcp` find it. MDNS.update() runs the responder from loop(). On the PC the
// responder answers on UDP 5353 (TSDUINO_MDNS_PORT to pick another port):
// `dig -p 5353 @127.0.0.1 esp-demo.local` prints 127.0.0.1.
import { MDNS } from "ESP8266mDNS";

export function setup(): void {
  Serial.begin(115200);
  if (!MDNS.begin("esp-demo")) {
    Serial.println("mDNS responder failed");
    return;
  }
  MDNS.addService("http", "tcp", 80);
  MDNS.addServiceTxt("http", "tcp", "path", "/");
  Serial.println("mDNS responder started: esp-demo.local");
}

export function loop(): void {
  MDNS.update();
  delay(1);
}
