// TypeScript view of the ESP8266 core's HTTPClient (libraries/ESP8266HTTPClient/src/ESP8266HTTPClient.h,
// 3.1.2): same names, overloads and return values. GET/POST/... return the HTTP status code, or a negative
// HTTPC_ERROR_* code (errorToString explains it). Host builds run a C++ HTTP/1.1 client over the host
// WiFiClient / WiFiClientSecure (runtime/libraries/ESP8266HTTPClient/host).
declare module "ESP8266HTTPClient" {
  import { WiFiClient } from "WiFiClient";

  export const HTTPC_ERROR_CONNECTION_FAILED: number;
  export const HTTPC_ERROR_SEND_HEADER_FAILED: number;
  export const HTTPC_ERROR_SEND_PAYLOAD_FAILED: number;
  export const HTTPC_ERROR_NOT_CONNECTED: number;
  export const HTTPC_ERROR_CONNECTION_LOST: number;
  export const HTTPC_ERROR_NO_STREAM: number;
  export const HTTPC_ERROR_NO_HTTP_SERVER: number;
  export const HTTPC_ERROR_TOO_LESS_RAM: number;
  export const HTTPC_ERROR_ENCODING: number;
  export const HTTPC_ERROR_STREAM_WRITE: number;
  export const HTTPC_ERROR_READ_TIMEOUT: number;
  export const HTTP_CODE_CONTINUE: number;
  export const HTTP_CODE_SWITCHING_PROTOCOLS: number;
  export const HTTP_CODE_PROCESSING: number;
  export const HTTP_CODE_OK: number;
  export const HTTP_CODE_CREATED: number;
  export const HTTP_CODE_ACCEPTED: number;
  export const HTTP_CODE_NON_AUTHORITATIVE_INFORMATION: number;
  export const HTTP_CODE_NO_CONTENT: number;
  export const HTTP_CODE_RESET_CONTENT: number;
  export const HTTP_CODE_PARTIAL_CONTENT: number;
  export const HTTP_CODE_MULTI_STATUS: number;
  export const HTTP_CODE_ALREADY_REPORTED: number;
  export const HTTP_CODE_IM_USED: number;
  export const HTTP_CODE_MULTIPLE_CHOICES: number;
  export const HTTP_CODE_MOVED_PERMANENTLY: number;
  export const HTTP_CODE_FOUND: number;
  export const HTTP_CODE_SEE_OTHER: number;
  export const HTTP_CODE_NOT_MODIFIED: number;
  export const HTTP_CODE_USE_PROXY: number;
  export const HTTP_CODE_TEMPORARY_REDIRECT: number;
  export const HTTP_CODE_PERMANENT_REDIRECT: number;
  export const HTTP_CODE_BAD_REQUEST: number;
  export const HTTP_CODE_UNAUTHORIZED: number;
  export const HTTP_CODE_PAYMENT_REQUIRED: number;
  export const HTTP_CODE_FORBIDDEN: number;
  export const HTTP_CODE_NOT_FOUND: number;
  export const HTTP_CODE_METHOD_NOT_ALLOWED: number;
  export const HTTP_CODE_NOT_ACCEPTABLE: number;
  export const HTTP_CODE_PROXY_AUTHENTICATION_REQUIRED: number;
  export const HTTP_CODE_REQUEST_TIMEOUT: number;
  export const HTTP_CODE_CONFLICT: number;
  export const HTTP_CODE_GONE: number;
  export const HTTP_CODE_LENGTH_REQUIRED: number;
  export const HTTP_CODE_PRECONDITION_FAILED: number;
  export const HTTP_CODE_PAYLOAD_TOO_LARGE: number;
  export const HTTP_CODE_URI_TOO_LONG: number;
  export const HTTP_CODE_UNSUPPORTED_MEDIA_TYPE: number;
  export const HTTP_CODE_RANGE_NOT_SATISFIABLE: number;
  export const HTTP_CODE_EXPECTATION_FAILED: number;
  export const HTTP_CODE_MISDIRECTED_REQUEST: number;
  export const HTTP_CODE_UNPROCESSABLE_ENTITY: number;
  export const HTTP_CODE_LOCKED: number;
  export const HTTP_CODE_FAILED_DEPENDENCY: number;
  export const HTTP_CODE_UPGRADE_REQUIRED: number;
  export const HTTP_CODE_PRECONDITION_REQUIRED: number;
  export const HTTP_CODE_TOO_MANY_REQUESTS: number;
  export const HTTP_CODE_REQUEST_HEADER_FIELDS_TOO_LARGE: number;
  export const HTTP_CODE_INTERNAL_SERVER_ERROR: number;
  export const HTTP_CODE_NOT_IMPLEMENTED: number;
  export const HTTP_CODE_BAD_GATEWAY: number;
  export const HTTP_CODE_SERVICE_UNAVAILABLE: number;
  export const HTTP_CODE_GATEWAY_TIMEOUT: number;
  export const HTTP_CODE_HTTP_VERSION_NOT_SUPPORTED: number;
  export const HTTP_CODE_VARIANT_ALSO_NEGOTIATES: number;
  export const HTTP_CODE_INSUFFICIENT_STORAGE: number;
  export const HTTP_CODE_LOOP_DETECTED: number;
  export const HTTP_CODE_NOT_EXTENDED: number;
  export const HTTP_CODE_NETWORK_AUTHENTICATION_REQUIRED: number;

  /** The library's followRedirects_t. */
  export type followRedirects_t = number;
  export const HTTPC_DISABLE_FOLLOW_REDIRECTS: followRedirects_t;
  export const HTTPC_STRICT_FOLLOW_REDIRECTS: followRedirects_t;
  export const HTTPC_FORCE_FOLLOW_REDIRECTS: followRedirects_t;

  export class HTTPClient {
    constructor();
    /** "http://host[:port]/path" or "https://…" (then pass a WiFiClientSecure). False for other URLs. */
    begin(client: WiFiClient, url: string): boolean;
    begin(client: WiFiClient, host: string, port: number, uri?: string, https?: boolean): boolean;
    end(): void;
    connected(): boolean;
    /** Keep the connection open between requests (true by default). */
    setReuse(reuse: boolean): void;
    setUserAgent(userAgent: string): void;
    setAuthorization(user: string, password: string): void;
    /** The base64 "user:password" text of a Basic authorization. */
    setAuthorization(auth: string): void;
    /** Milliseconds to wait for the connection and each part of the response (5000 by default). */
    setTimeout(timeout: number): void;
    setFollowRedirects(follow: followRedirects_t): void;
    setRedirectLimit(limit: number): void;
    setURL(url: string): boolean;
    useHTTP10(usehttp10?: boolean): void;
    GET(): number;
    DELETE(): number;
    POST(payload: string): number;
    POST(payload: Uint8Array, size: number): number;
    PUT(payload: string): number;
    PUT(payload: Uint8Array, size: number): number;
    PATCH(payload: string): number;
    PATCH(payload: Uint8Array, size: number): number;
    sendRequest(type: string, payload?: string): number;
    sendRequest(type: string, payload: Uint8Array, size: number): number;
    addHeader(name: string, value: string, first?: boolean, replace?: boolean): void;
    /** Response headers to keep for header()/hasHeader(); headerKeysCount = headerKeys.length. */
    collectHeaders(headerKeys: string[], headerKeysCount: number): void;
    header(name: string): string;
    header(i: number): string;
    headerName(i: number): string;
    headers(): number;
    hasHeader(name: string): boolean;
    /** Content-Length of the response, or -1 when the server sent none. */
    getSize(): number;
    getLocation(): string;
    /** The whole response body (identity or chunked). */
    getString(): string;
    static errorToString(error: number): string;
  }
}
