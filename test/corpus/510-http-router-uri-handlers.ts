// Was finding mix-fn-arity-decodeuri-gpp (session 5 fix: a shorter arrow in a tuple of function type; decodeURIComponent).
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

interface Status { uptime: number; free: number }
interface Response { status: number; body: string; headers?: string[] }
type Handler = (params: string[], query: Map<string, string>) => string;

const state = new Map<string, number>([["led", 0], ["fan", 1]]);
const routes: [string, RegExp, Handler][] = [
  ["GET", /^\/status$/, () => {
    const s: Status = { uptime: 42, free: 31000 };
    return JSON.stringify(s);
  }],
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

// Query strings as a device's web form sends them: encoded and decoded both ways, a malformed escape caught.
for (const raw of ["name=Gr%C3%BCn%20Haus&t=21%2C5", "ssid=caf%C3%A9&pass=a%26b%3Dc", "bad=%E0%A4%A", "half=%C3", "x=%zz"]) {
  try {
    const pairs: string[] = [];
    for (const p of raw.split("&")) pairs.push(p.split("=").map(decodeURIComponent).join(" -> "));
    console.log(pairs.join(" | "), encodeURIComponent(pairs.join("|")));
  } catch (e) {
    if (e instanceof Error) console.log(`${raw}: ${e.name}: ${e.message}`);
  }
}
console.log(encodeURI("http://esp.local/set?name=Grün Haus&x=1#top"), decodeURI("%2Fa%20b%3F"));
