// Was finding mix-json-stringify-literal (session 5 fix: JSON.stringify of an object literal without a declared type).
// An HTTP request router: the request line parsed by a regex with named groups, the route table a list of
// [method, pattern, handler] tuples, path parameters from the match, query string into a Map; handlers may
// throw an HttpError subclass with a status, caught into a response record printed as JSON.
class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
    this.name = "HttpError";
  }
}
class NotFound extends HttpError {
  constructor(path: string) {
    super(404, `no route for ${path}`);
    this.name = "NotFound";
  }
}

interface Response { status: number; body: string; headers?: string[] }
type Handler = (params: string[], query: Map<string, string>) => string;

const state = new Map<string, number>([["led", 0], ["fan", 1]]);
const routes: [string, RegExp, Handler][] = [
  ["GET", /^\/status$/, () => JSON.stringify({ uptime: 42, free: 31000 })],
  ["GET", /^\/pin\/(\w+)$/, ([name]) => {
    const v = state.get(name);
    if (v === undefined) throw new HttpError(400, `unknown pin ${name}`);
    return String(v);
  }],
  ["POST", /^\/pin\/(\w+)\/(on|off)$/, ([name, value], query) => {
    state.set(name, value === "on" ? 1 : 0);
    return `${name} ${value}${query.has("quiet") ? "" : "!"}`;
  }],
];

const REQUEST = /^(?<method>GET|POST|PUT) (?<path>\/[^?\s]*)(?:\?(?<query>\S*))? HTTP\/1\.[01]$/;

function handle(line: string): Response {
  try {
    const m = REQUEST.exec(line);
    if (!m || !m.groups) throw new HttpError(400, "bad request line");
    const method = m.groups.method;
    const path = m.groups.path;
    const query = new Map<string, string>();
    for (const pair of (m.groups.query ?? "").split("&")) {
      if (pair === "") continue;
      const [k, v = ""] = pair.split("=");
      query.set(decodeURIComponent(k), decodeURIComponent(v));
    }
    for (const [verb, pattern, handler] of routes) {
      const pm = path.match(pattern);
      if (verb === method && pm) return { status: 200, body: handler(pm.slice(1), query) };
    }
    throw new NotFound(path);
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: `${e.name}: ${e.message}`, headers: ["Connection: close"] };
    throw e;
  }
}

const lines = [
  "GET /status HTTP/1.1",
  "GET /pin/led HTTP/1.1",
  "POST /pin/led/on?quiet HTTP/1.1",
  "GET /pin/led HTTP/1.0",
  "POST /pin/fan/off?x=1&y=%20z HTTP/1.1",
  "GET /pin/door HTTP/1.1",
  "DELETE /pin/led HTTP/1.1",
  "GET /nothing HTTP/1.1",
];
for (const l of lines) console.log(JSON.stringify(handle(l)));
console.log(state);
