// TypeScript view of the ESP8266 core's ESP8266WebServer (libraries/ESP8266WebServer/src/ESP8266WebServer.h,
// 3.1.2): same names, overloads and defaults. Handlers are any function or closure; they answer with send().
// Host builds run a real HTTP/1.1 server on 127.0.0.1 (runtime/libraries/ESP8266WebServer/host); a port
// below 1024 becomes port + 8000 on a PC without root (printed on stderr).
declare module "ESP8266WebServer" {
  /** The library's HTTPMethod enum. */
  export type HTTPMethod = number;
  export const HTTP_ANY: HTTPMethod;
  export const HTTP_GET: HTTPMethod;
  export const HTTP_HEAD: HTTPMethod;
  export const HTTP_POST: HTTPMethod;
  export const HTTP_PUT: HTTPMethod;
  export const HTTP_PATCH: HTTPMethod;
  export const HTTP_DELETE: HTTPMethod;
  export const HTTP_OPTIONS: HTTPMethod;
  /** setContentLength(CONTENT_LENGTH_UNKNOWN): the response body follows in sendContent() calls (chunked). */
  export const CONTENT_LENGTH_UNKNOWN: number;

  /** The library's HTTPAuthMethod (the host server implements BASIC_AUTH). */
  export type HTTPAuthMethod = number;
  export const BASIC_AUTH: HTTPAuthMethod;
  export const DIGEST_AUTH: HTTPAuthMethod;

  export type THandlerFunction = () => void;

  /** What streamFile needs of a file (LittleFS's File): its size and name; the body is read from it. */
  export interface StreamableFile {
    size(): number;
    name(): string;
  }

  export class ESP8266WebServer {
    constructor(port?: number);
    begin(): void;
    begin(port: number): void;
    /** Call often from loop(): accepts a client, reads a request and runs its handler. */
    handleClient(): void;
    close(): void;
    stop(): void;
    on(uri: string, handler: THandlerFunction): void;
    on(uri: string, method: HTTPMethod, handler: THandlerFunction): void;
    onNotFound(handler: THandlerFunction): void;
    enableCORS(enable: boolean): void;
    /** True when the request's Authorization header holds these Basic credentials. */
    authenticate(username: string, password: string): boolean;
    /** 401 with WWW-Authenticate (realm "Login Required" unless given) and authFailMsg as the body. */
    requestAuthentication(mode?: HTTPAuthMethod, realm?: string, authFailMsg?: string): void;
    uri(): string;
    method(): HTTPMethod;
    /** Query or form argument by name ("plain" = the raw body of a non-form POST). "" when absent. */
    arg(name: string): string;
    arg(i: number): string;
    argName(i: number): string;
    args(): number;
    hasArg(name: string): boolean;
    collectHeaders(headerKeys: string[], headerKeysCount: number): void;
    header(name: string): string;
    header(i: number): string;
    headerName(i: number): string;
    headers(): number;
    hasHeader(name: string): boolean;
    hostHeader(): string;
    send(code: number, content_type?: string, content?: string): void;
    send(code: number, content_type: string, content: Uint8Array, content_length: number): void;
    sendHeader(name: string, value: string, first?: boolean): void;
    setContentLength(contentLength: number): void;
    sendContent(content: string): void;
    chunkedResponseModeStart(code: number, content_type: string): boolean;
    chunkedResponseFinalize(): void;
    keepAlive(keepAlive: boolean): void;
    keepAlive(): boolean;
    /** 200 with the file's size, Content-Encoding gzip for *.gz, then the file's bytes. Returns bytes sent. */
    streamFile(file: StreamableFile, contentType: string): number;
    static urlDecode(text: string): string;
  }
}
