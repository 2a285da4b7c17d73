// A sprinkler web API as a sketch: requests (method, path, JSON body) are handled one per loop(), bodies
// parsed into records with optional members, zone updates merged with spread, validation errors thrown as
// ApiError with a status, every response JSON-stringified; the zones printed with console.log at the end.
interface Zone { id: number; name: string; minutes: number; active: boolean }
interface ZonePatch { name?: string; minutes?: number; active?: boolean }
interface ApiResponse { status: number; body: string }
interface Request { method: "GET" | "PUT" | "POST"; path: string; body?: string }

class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

let zones: Zone[] = [
  { id: 1, name: "front", minutes: 10, active: true },
  { id: 2, name: "back", minutes: 15, active: false },
];

function zoneId(path: string): number {
  const m = path.match(/^\/zones\/(\d+)$/);
  if (!m) throw new ApiError(404, `no route ${path}`);
  const id = Number(m[1]);
  if (!zones.some((z) => z.id === id)) throw new ApiError(404, `no zone ${id}`);
  return id;
}

function patch(id: number, p: ZonePatch): Zone {
  if (p.minutes !== undefined && (p.minutes < 1 || p.minutes > 120)) throw new ApiError(422, `minutes ${p.minutes} out of range`);
  let updated: Zone | undefined;
  zones = zones.map((z) => (z.id === id ? (updated = { ...z, ...p }) : z));
  return updated!;
}

function serve(req: Request): ApiResponse {
  try {
    const { method, path, body = "{}" } = req;
    if (method === "GET" && path === "/zones") return { status: 200, body: JSON.stringify(zones) };
    if (method === "PUT") return { status: 200, body: JSON.stringify(patch(zoneId(path), JSON.parse(body) as ZonePatch)) };
    throw new ApiError(405, `${method} ${path} not allowed`);
  } catch (e) {
    if (e instanceof ApiError) return { status: e.status, body: JSON.stringify(e.message) };
    throw e;
  }
}

const requests: Request[] = [
  { method: "GET", path: "/zones" },
  { method: "PUT", path: "/zones/2", body: '{"active":true,"minutes":20}' },
  { method: "PUT", path: "/zones/1", body: '{"minutes":500}' },
  { method: "PUT", path: "/zones/9", body: "{}" },
  { method: "POST", path: "/zones" },
  { method: "PUT", path: "/zones/1", body: '{"name":"front lawn"}' },
  { method: "GET", path: "/zones" },
];

export function setup(): void {
  Serial.begin(115200);
}

export function loop(): void {
  const req = requests.shift();
  if (!req) return;
  const { status, body } = serve(req);
  Serial.println(`${req.method} ${req.path} -> ${status} ${body}`);
  if (requests.length === 0) console.log(zones);
}
