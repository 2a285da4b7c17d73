// A tiny web server's request parser: split by a regular expression, header names matched case-
// insensitively, named groups, query strings decoded with replace and a replacer function, search.
class Request {
  method = "";
  path = "";
  query = new Map<string, string>();
  headers = new Map<string, string>();
}

const REQUEST_LINE = /^(?<method>GET|POST|PUT|DELETE) (?<path>\/[^\s?]*)(?:\?(?<query>\S*))? HTTP\/1\.[01]$/;
const HEADER = /^([\w-]+):[ \t]*(.*?)[ \t]*$/;

function decode(s: string): string {
  return s.replace(/\+/g, " ").replace(/%([0-9a-f]{2})/gi, (all: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function parseRequest(text: string): Request | null {
  const lines = text.split(/\r?\n/);
  const first = REQUEST_LINE.exec(lines[0]);
  if (first === null) return null;
  const req = new Request();
  req.method = first.groups!.method;
  req.path = first.groups!.path;
  const query = first.groups!.query;
  if (query !== undefined) {
    for (const pair of query.split(/&/)) {
      const kv = /^([^=]*)=?(.*)$/.exec(pair);
      if (kv) req.query.set(decode(kv[1]), decode(kv[2]));
    }
  }
  for (let i = 1; i < lines.length; i++) {
    const h = HEADER.exec(lines[i]);
    if (h === null) break;
    req.headers.set(h[1].toLowerCase(), h[2]);
  }
  return req;
}

const requests = [
  "GET /led?state=on&level=75%25&name=desk+lamp HTTP/1.1\r\nHost: esp.local\r\nUser-Agent:  curl/8.0 \r\nCONTENT-type: text/plain\r\n\r\n",
  "POST /config HTTP/1.0\nContent-Length: 12\n\n{\"a\":1}",
  "BREW /pot HTTP/1.1\r\n\r\n",
  "GET / HTTP/1.1\r\n",
];
for (const text of requests) {
  const req = parseRequest(text);
  if (req === null) {
    console.log("400 Bad Request at", text.search(/\s/));
    continue;
  }
  console.log(req.method, req.path, req.query.size, req.headers.size);
  for (const [k, v] of req.query) console.log("  query", k, "=", v);
  for (const [k, v] of req.headers) console.log("  header", k, "=", "[" + v + "]");
  const accept = /content-type/i.test(text);
  console.log("  has content type:", accept);
}
console.log("a=1&&b=2".split(/&/).length, "x1y2z3".split(/\d/).join("|"), "x1y2z3".split(/(\d)/, 4).join(","));
