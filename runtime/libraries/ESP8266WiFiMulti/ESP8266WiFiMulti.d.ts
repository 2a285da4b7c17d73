// TypeScript view of the ESP8266 core's ESP8266WiFiMulti (ESP8266WiFiMulti.h): register access points with
// addAP(), then call run() until it returns WL_CONNECTED. On the host the first run() after addAP connects.
declare module "ESP8266WiFiMulti" {
  import type { wl_status_t } from "ESP8266WiFi";
  export class ESP8266WiFiMulti {
    constructor();
    addAP(ssid: string, passphrase?: string): boolean;
    existsAP(ssid: string, passphrase?: string): boolean;
    run(connectTimeoutMs?: number): wl_status_t;
    cleanAPlist(): void;
  }
}
