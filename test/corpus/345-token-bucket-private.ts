// A rate limiter for outgoing MQTT messages: a token bucket class with private state (#fields, a #method,
// a static #counter) refilled by a setInterval tick; each tick tries to send a burst of messages and the
// interval clears itself after the last burst. Output depends only on the tick count.
class TokenBucket {
  #tokens: number;
  #sent = 0;
  #dropped = 0;
  static #buckets = 0;
  readonly id: number;

  constructor(readonly capacity: number, readonly refillPerTick: number) {
    this.#tokens = capacity;
    TokenBucket.#buckets++;
    this.id = TokenBucket.#buckets;
  }

  #refill(): void {
    this.#tokens = Math.min(this.capacity, this.#tokens + this.refillPerTick);
  }

  tick(): void {
    this.#refill();
  }

  trySend(topic: string): boolean {
    if (this.#tokens < 1) {
      this.#dropped++;
      return false;
    }
    this.#tokens--;
    this.#sent++;
    return topic.length > 0;
  }

  get summary(): string {
    return `bucket ${this.id}: sent ${this.#sent}, dropped ${this.#dropped}, tokens left ${this.#tokens}`;
  }

  static count(): number {
    return TokenBucket.#buckets;
  }
}

const telemetry = new TokenBucket(3, 1);
const alarms = new TokenBucket(1, 0.5);
const bursts = [4, 0, 2, 5, 1, 0, 3];
let tick = 0;

const timer = setInterval(() => {
  telemetry.tick();
  alarms.tick();
  const n = bursts[tick];
  const results: string[] = [];
  for (let i = 0; i < n; i++) results.push(telemetry.trySend(`sensors/${i}`) ? "ok" : "drop");
  const alarm = tick % 3 === 0 ? (alarms.trySend("alarm") ? "alarm sent" : "alarm held") : "no alarm";
  console.log(`tick ${tick}: ${n} msgs [${results.join(" ")}], ${alarm}`);
  tick++;
  if (tick === bursts.length) {
    clearInterval(timer);
    console.log(telemetry.summary);
    console.log(alarms.summary);
    console.log(`${TokenBucket.count()} buckets`);
  }
}, 3);
console.log("limiter armed");
