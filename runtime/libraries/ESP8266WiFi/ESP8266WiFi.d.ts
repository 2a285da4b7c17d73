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

  // ---- Events, status transitions and scans (ESP8266WiFiGeneric.h, ESP8266WiFiScan.h, ESP8266WiFiType.h).
  // Handlers run from the SDK's event task (between loop() iterations, in delay()/yield()), never inside
  // other code. The adapter keeps every handler registered, so the returned WiFiEventHandler need not be
  // stored (in C++ dropping it unregisters the handler). On the host the link goes down and up with
  // `WIFI LOW` / `WIFI HIGH` lines of the stimulus file (tsduino run --stimulus).

  /** WiFiEventHandler: the registration of an event handler. */
  export class WiFiEventHandler {
    private readonly __handler: never;
  }
  /** WiFiEventStationModeGotIP: the station got its address. */
  export class WiFiEventStationModeGotIP {
    private readonly __event: never;
    readonly ip: IPAddress;
    readonly mask: IPAddress;
    readonly gw: IPAddress;
  }
  /** WiFiEventStationModeDisconnected: the station lost (or could not make) its connection. */
  export class WiFiEventStationModeDisconnected {
    private readonly __event: never;
    readonly ssid: string;
    /** WiFiDisconnectReason, e.g. WIFI_DISCONNECT_REASON_ASSOC_LEAVE (8), _BEACON_TIMEOUT (200). */
    readonly reason: number;
  }

  export type WiFiDisconnectReason = number;
  export const WIFI_DISCONNECT_REASON_UNSPECIFIED: WiFiDisconnectReason;
  export const WIFI_DISCONNECT_REASON_AUTH_EXPIRE: WiFiDisconnectReason;
  export const WIFI_DISCONNECT_REASON_ASSOC_LEAVE: WiFiDisconnectReason;
  export const WIFI_DISCONNECT_REASON_4WAY_HANDSHAKE_TIMEOUT: WiFiDisconnectReason;
  export const WIFI_DISCONNECT_REASON_BEACON_TIMEOUT: WiFiDisconnectReason;
  export const WIFI_DISCONNECT_REASON_NO_AP_FOUND: WiFiDisconnectReason;
  export const WIFI_DISCONNECT_REASON_AUTH_FAIL: WiFiDisconnectReason;

  /** wl_enc_type (wl_definitions.h), what encryptionType(i) returns. */
  export const ENC_TYPE_WEP: number;
  export const ENC_TYPE_TKIP: number;
  export const ENC_TYPE_CCMP: number;
  export const ENC_TYPE_NONE: number;
  export const ENC_TYPE_AUTO: number;
  export const WIFI_SCAN_RUNNING: number;
  export const WIFI_SCAN_FAILED: number;

  export interface ESP8266WiFiClass {
    onStationModeGotIP(handler: (event: WiFiEventStationModeGotIP) => void): WiFiEventHandler;
    onStationModeDisconnected(handler: (event: WiFiEventStationModeDisconnected) => void): WiFiEventHandler;
    /** Scans (blocking) and returns how many networks were found; then SSID(i), RSSI(i), ... */
    scanNetworks(): number;
    scanNetworks(async: boolean): number;
    scanNetworks(async: boolean, show_hidden: boolean): number;
    scanComplete(): number;
    scanDelete(): void;
    SSID(networkItem: number): string;
    RSSI(networkItem: number): number;
    encryptionType(networkItem: number): number;
    channel(networkItem: number): number;
    BSSIDstr(networkItem: number): string;
    isHidden(networkItem: number): boolean;
  }
}
