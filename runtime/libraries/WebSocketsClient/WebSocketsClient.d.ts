// TypeScript view of Links2004/arduinoWebSockets' WebSocketsClient (src/WebSocketsClient.h, src/WebSockets.h):
// same class, method and constant names, parameter order and defaults. Strings are TS strings; payloads are
// Uint8Array; the event handler is any function or closure. Host builds run a C++ implementation over
// TCP + BearSSL (runtime/libraries/WebSocketsClient/host); device builds call the real library.
declare module "WebSocketsClient" {
  /** The library's WStype_t enum (a number: WStype_ERROR = 0 … WStype_PONG = 10). */
  export type WStype_t = number;
  export const WStype_ERROR: WStype_t;
  export const WStype_DISCONNECTED: WStype_t;
  export const WStype_CONNECTED: WStype_t;
  export const WStype_TEXT: WStype_t;
  export const WStype_BIN: WStype_t;
  export const WStype_FRAGMENT_TEXT_START: WStype_t;
  export const WStype_FRAGMENT_BIN_START: WStype_t;
  export const WStype_FRAGMENT: WStype_t;
  export const WStype_FRAGMENT_FIN: WStype_t;
  export const WStype_PING: WStype_t;
  export const WStype_PONG: WStype_t;

  /** CONNECTED: payload = the URL path; TEXT: payload = the message (NUL-terminated in C++); DISCONNECTED: empty. */
  export type WebSocketClientEvent = (type: WStype_t, payload: Uint8Array, length: number) => void;

  export class WebSocketsClient {
    constructor();
    /** Plain ws:// connection (made in loop(), retried every reconnect interval). */
    begin(host: string, port: number, url?: string, protocol?: string): void;
    /**
     * wss:// pinned to the server certificate's SHA-1 fingerprint ("AB:CD:…", as `tsduino cert --fingerprint`
     * prints it). Without a fingerprint the server is NOT verified (the compiler warns).
     */
    beginSSL(host: string, port: number, url?: string, fingerprint?: string, protocol?: string): void;
    /** wss:// verified against a CA certificate in PEM (a module-level string constant stays in flash). */
    beginSslWithCA(host: string, port: number, url?: string, CA_cert?: string, protocol?: string): void;
    /** Client certificate (PEM chain) and its private key (PEM, RSA or EC) for servers that ask for one. */
    setSSLClientCertKey(clientCert: string, clientPrivateKey: string): void;
    loop(): void;
    onEvent(cbEvent: WebSocketClientEvent): void;
    sendTXT(payload: string): boolean;
    sendTXT(payload: Uint8Array, length?: number): boolean;
    sendBIN(payload: Uint8Array, length?: number): boolean;
    sendPing(payload?: Uint8Array): boolean;
    sendPing(payload: string): boolean;
    disconnect(): void;
    setAuthorization(user: string, password: string): void;
    setAuthorization(auth: string): void;
    setExtraHeaders(extraHeaders?: string): void;
    setReconnectInterval(time: number): void;
    enableHeartbeat(pingInterval: number, pongTimeout: number, disconnectTimeoutCount: number): void;
    disableHeartbeat(): void;
    isConnected(): boolean;
  }
}
