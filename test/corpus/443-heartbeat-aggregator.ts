// A heartbeat aggregator for a mesh of nodes: heartbeats arrive as JSON text through setTimeout callbacks,
// parsed into records, node status kept in a Map of class instances with a getter computing a literal
// union; a setInterval sweeps for nodes that went silent; a heartbeat from an unknown mesh throws
// MeshError, caught by the receiver; the final table printed with console.log.
interface Heartbeat { node: string; mesh: string; seq: number; rssi?: number }
type Health = "ok" | "weak" | "silent";

class MeshError extends Error {
  name = "MeshError";
}

class NodeStatus {
  lastSeen = 0;
  seqs: number[] = [];
  rssi = -100;
  constructor(readonly node: string) {}
  get lost(): number {
    if (this.seqs.length < 2) return 0;
    return this.seqs[this.seqs.length - 1] - this.seqs[0] + 1 - this.seqs.length;
  }
  health(now: number): Health {
    if (now - this.lastSeen > 3) return "silent";
    return this.rssi < -80 || this.lost > 0 ? "weak" : "ok";
  }
}

const MESH = "garden";
const nodes = new Map<string, NodeStatus>();
let now = 0;

function receive(text: string): void {
  try {
    const { node, mesh, seq, rssi = -70 } = JSON.parse(text) as Heartbeat;
    if (mesh !== MESH) throw new MeshError(`${node} is in mesh '${mesh}'`);
    const status = nodes.get(node) ?? new NodeStatus(node);
    nodes.set(node, status);
    status.lastSeen = now;
    status.seqs.push(seq);
    status.rssi = rssi;
  } catch (e) {
    if (e instanceof MeshError) console.log(`${e.name}: ${e.message}`);
    else throw e;
  }
}

const traffic: [number, string][] = [
  [1, '{"node":"n1","mesh":"garden","seq":1}'],
  [1, '{"node":"n2","mesh":"garden","seq":7,"rssi":-85}'],
  [2, '{"node":"n1","mesh":"garden","seq":2}'],
  [2, '{"node":"x9","mesh":"shed","seq":1}'],
  [3, '{"node":"n3","mesh":"garden","seq":1}'],
  [4, '{"node":"n1","mesh":"garden","seq":4}'],
  [6, '{"node":"n3","mesh":"garden","seq":2,"rssi":-60}'],
];
for (const [tick, text] of traffic) setTimeout(() => {
  now = tick;
  receive(text);
}, tick * 10);

const sweep = setInterval(() => {
  now++;
  const report = [...nodes.values()].map((s) => `${s.node}:${s.health(now)}`);
  if (now >= 8) {
    clearInterval(sweep);
    console.log(report.join(" "));
    console.log(nodes);
  }
}, 100);
