// Parses the endpoint argument of `tsduino cert`: `wss://host[:port][/path]` (port 443 by default). Anything
// else (ws://, http://, no scheme, bad port) is a UserError with one line that says what to type instead.
import { UserError } from "../../shared/user-error.js";

export interface Endpoint {
  host: string;
  port: number;
  /** host:port as the user would write it (IPv6 in brackets). */
  display: string;
}

export function parseEndpoint(text: string): Endpoint {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`'${text}' is not a URL; give the server as wss://host[:port], e.g. wss://echo.example.com:443`);
  }
  if (url.protocol === "ws:" || url.protocol === "http:") {
    throw new UserError(`${text} is not encrypted, so it has no certificate to fetch; use the wss:// address of the server`);
  }
  if (url.protocol !== "wss:" && url.protocol !== "https:") {
    throw new UserError(`'${text}' is not a wss:// URL; give the server as wss://host[:port]`);
  }
  if (!url.hostname) throw new UserError(`'${text}' has no host name; give the server as wss://host[:port]`);
  const port = url.port ? Number(url.port) : 443;
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { host, port, display: `${url.hostname}:${port}` };
}
