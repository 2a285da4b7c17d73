// TypeScript view of the ESP8266 core's ArduinoOTA library (libraries/ArduinoOTA/ArduinoOTA.h): the board
// listens for espota invitations (UDP port 8266 by default), optionally asks for a password (MD5 challenge),
// receives the image over TCP, checks its MD5 and restarts into it. Call ArduinoOTA.handle() in loop().
// Upload with `tsduino upload --ota HOST [--auth PASSWORD]`. On the host the board is 127.0.0.1 and the image
// is written to the board's flash file (TSDUINO_FLASH_FILE, default tsduino-flash.bin).
declare module "ArduinoOTA" {
  /** ota_error_t from ArduinoOTA.h. */
  export type ota_error_t = number;
  export const OTA_AUTH_ERROR: ota_error_t;
  export const OTA_BEGIN_ERROR: ota_error_t;
  export const OTA_CONNECT_ERROR: ota_error_t;
  export const OTA_RECEIVE_ERROR: ota_error_t;
  export const OTA_END_ERROR: ota_error_t;
  export const OTA_ERASE_SETTINGS_ERROR: ota_error_t;
  /** Update commands (Updater.h): what getCommand() returns. */
  export const U_FLASH: number;
  export const U_FS: number;

  export interface ArduinoOTAClass {
    setPort(port: number): void;
    setHostname(hostname: string): void;
    getHostname(): string;
    setPassword(password: string): void;
    setPasswordHash(md5Hex: string): void;
    setRebootOnSuccess(reboot: boolean): void;
    onStart(fn: () => void): void;
    onEnd(fn: () => void): void;
    onError(fn: (error: ota_error_t) => void): void;
    onProgress(fn: (progress: number, total: number) => void): void;
    begin(useMDNS?: boolean): void;
    end(): void;
    handle(): void;
    getCommand(): number;
  }
  export const ArduinoOTA: ArduinoOTAClass;
}
