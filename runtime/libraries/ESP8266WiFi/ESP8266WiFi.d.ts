// TypeScript view of the ESP8266 core's ESP8266WiFi library (ESP8266WiFi.h, ESP8266WiFiSTA.h,
// ESP8266WiFiGeneric.h, wl_definitions.h): the `WiFi` object, the WL_* status and WIFI_* mode constants and
// IPAddress (printable with Serial.print/println, console.log and String(ip)). On the host WiFi is
// connected at once and localIP() is the loopback address.
declare module "ESP8266WiFi" {
  /** wl_status_t from wl_definitions.h. */
  export type wl_status_t = number;
  export const WL_NO_SHIELD: wl_status_t;
  export const WL_IDLE_STATUS: wl_status_t;
  export const WL_NO_SSID_AVAIL: wl_status_t;
  export const WL_SCAN_COMPLETED: wl_status_t;
  export const WL_CONNECTED: wl_status_t;
  export const WL_CONNECT_FAILED: wl_status_t;
  export const WL_CONNECTION_LOST: wl_status_t;
  export const WL_WRONG_PASSWORD: wl_status_t;
  export const WL_DISCONNECTED: wl_status_t;

  /** WiFiMode_t from ESP8266WiFiType.h. */
  export type WiFiMode_t = number;
  export const WIFI_OFF: WiFiMode_t;
  export const WIFI_STA: WiFiMode_t;
  export const WIFI_AP: WiFiMode_t;
  export const WIFI_AP_STA: WiFiMode_t;

  /** An IPv4 address; print it or convert it with String(ip). */
  export class IPAddress {
    private readonly __ipAddress: never;
  }

  global {
    // Serial.print(ip) / Serial.println(ip), as IPAddress is Printable in the core.
    interface HardwareSerial {
      print(value: IPAddress): number;
      println(value: IPAddress): number;
    }
    interface Console {
      log(...args: (string | number | boolean | null | undefined | IPAddress)[]): void;
    }
  }

  export interface ESP8266WiFiClass {
    begin(ssid: string, passphrase?: string): wl_status_t;
    status(): wl_status_t;
    isConnected(): boolean;
    localIP(): IPAddress;
    macAddress(): string;
    SSID(): string;
    RSSI(): number;
    mode(m: WiFiMode_t): boolean;
    getMode(): WiFiMode_t;
    disconnect(wifioff?: boolean): boolean;
    setAutoReconnect(autoReconnect: boolean): boolean;
    hostname(): string;
  }
  export const WiFi: ESP8266WiFiClass;
}
