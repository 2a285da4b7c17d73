// A sketch that merges its configuration with spread ({ ...defaults, ...stored, ...overrides }), builds
// topic lists with array spread, folds readings with Math.max(...xs), and keeps its state in anonymous
// records destructured in loop().
interface MqttConfig {
  host: string;
  port: number;
  tls: boolean;
  clientId?: string;
  keepAlive: number;
}

const defaults: MqttConfig = { host: "broker.local", port: 1883, tls: false, keepAlive: 60 };
const stored: { port?: number; clientId?: string } = { clientId: "esp-42" };
const overrides = { tls: true, port: 8883 };
const config: MqttConfig = { ...defaults, ...stored, ...overrides };
const noTls: MqttConfig = { ...config, tls: false, port: 1883 };

const baseTopics = ["status", "uptime"];
const sensorTopics = ["t1", "t2"].map((s) => `sensor/${s}`);
const topics = [...baseTopics, ...sensorTopics, "cmd"];

const state = { tick: 0, readings: [] as number[], peak: -Infinity, last: { at: 0, value: 0 } };

function sample(tick: number): number {
  return ((tick * 37) % 23) - 5 + tick / 4;
}

export function setup(): void {
  Serial.begin(115200);
  const { host, port, tls, clientId = "anonymous", keepAlive } = config;
  console.log(host, port, tls, clientId, keepAlive);
  console.log(noTls.port, noTls.tls, noTls.clientId, defaults.port, defaults.clientId === undefined);
  console.log(topics.length, topics.join(" "));
}

export function loop(): void {
  if (state.tick >= 6) return;
  state.tick++;
  const value = sample(state.tick);
  state.readings = [...state.readings.slice(-3), value];
  state.peak = Math.max(state.peak, ...state.readings);
  state.last = { ...state.last, at: state.tick * 100, value };
  const { tick, readings, peak, last: { at } } = state;
  const low = Math.min(...readings);
  console.log(tick, at, readings.join(","), peak, low);
  if (tick === 6) {
    const [first, ...later] = readings;
    console.log("window", first, later.length, Math.max(...later, first));
  }
}
