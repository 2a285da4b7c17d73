// TypeScript view of the ESP8266 core's WiFiClient (libraries/ESP8266WiFi/src/WiFiClient.h): a TCP client
// with the core's names and return values (connect → 1/0, write → bytes written, read → byte or -1).
// Host builds run it over a POSIX socket (runtime/libraries/WiFiClient/host).
declare module "WiFiClient" {
  export class WiFiClient {
    constructor();
    /** 1 when connected, 0 on failure. Blocks until connected or the timeout (as on the board). */
    connect(host: string, port: number): number;
    write(data: string): number;
    write(data: Uint8Array, size?: number): number;
    print(data: string): number;
    println(data?: string): number;
    /** Bytes waiting to be read. */
    available(): number;
    /** One byte, or -1 when none is waiting. */
    read(): number;
    peek(): number;
    /** Reads until the terminator character or the timeout; the terminator is dropped. */
    readStringUntil(terminator: string): string;
    /** Everything that arrives until the timeout passes without data or the peer closes. */
    readString(): string;
    /** Connected, or closed by the peer with bytes left to read. */
    connected(): boolean;
    stop(): void;
    flush(): void;
    setTimeout(timeoutMs: number): void;
    setNoDelay(nodelay: boolean): void;
  }
}
