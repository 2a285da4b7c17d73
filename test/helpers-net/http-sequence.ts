// Sequential GET /count?n=i requests over one keep-alive connection (node:http Agent, one socket), shared by
// the web-server test and bench/net. A request that meets the server's idle close before any response byte
// is retried once on a new connection; retries and connections are reported.
import { Agent, request } from "node:http";

export interface SequenceResult {
  bodies: string[];
  retries: number;
  connections: number;
}

function getOnce(agent: Agent, port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve(body));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export async function sequentialGets(port: number, count: number, onProgress?: (i: number) => void): Promise<SequenceResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let connections = 0;
  const createConnection = agent.createConnection.bind(agent);
  (agent as unknown as { createConnection: typeof createConnection }).createConnection = ((...a: Parameters<typeof createConnection>) => {
    connections++;
    return createConnection(...a);
  }) as typeof createConnection;
  const bodies: string[] = [];
  let retries = 0;
  try {
    for (let i = 0; i < count; i++) {
      const path = `/count?n=${i}`;
      let body: string;
      try {
        body = await getOnce(agent, port, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== "ECONNRESET" && !/socket hang up/.test(String(e))) throw e;
        retries++;
        body = await getOnce(agent, port, path);
      }
      bodies.push(body);
      onProgress?.(i);
    }
  } finally {
    agent.destroy();
  }
  return { bodies, retries, connections };
}
