// A sketch whose loop() drains a queue of events: a union of classes with a common abstract base (virtual
// priority()) plus a discriminant, events produced by simulated buttons and timers.
abstract class DeviceEvent {
  constructor(public at: number) {}
  abstract priority(): number;
}
class ButtonEvent extends DeviceEvent {
  readonly kind = "button";
  constructor(at: number, public pin: number, public pressed: boolean) { super(at); }
  priority(): number { return 2; }
}
class TimerEvent extends DeviceEvent {
  readonly kind = "timer";
  constructor(at: number, public name: string) { super(at); }
  priority(): number { return 1; }
}
class FaultEvent extends DeviceEvent {
  readonly kind = "fault";
  constructor(at: number, public code: number) { super(at); }
  priority(): number { return 3; }
}
type AnyEvent = ButtonEvent | TimerEvent | FaultEvent;

const queue: AnyEvent[] = [];
let tick = 0;
let handled = 0;
let lastButton: ButtonEvent | null = null;
const perKind = new Map<string, number>();

function produce(t: number): void {
  if (t % 3 === 0) queue.push(new TimerEvent(t, t % 6 === 0 ? "slow" : "fast"));
  if (t % 4 === 1) queue.push(new ButtonEvent(t, 0, t % 8 === 1));
  if (t === 7) queue.push(new FaultEvent(t, 42));
}

function takeMostUrgent(): AnyEvent | undefined {
  if (queue.length === 0) return undefined;
  let best = 0;
  for (let i = 1; i < queue.length; i++) if (queue[i].priority() > queue[best].priority()) best = i;
  return queue.splice(best, 1)[0];
}

function handle(e: AnyEvent): string {
  perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
  switch (e.kind) {
    case "button":
      lastButton = e;
      return `button pin${e.pin} ${e.pressed ? "down" : "up"}`;
    case "timer":
      return `timer ${e.name}`;
    case "fault":
      return `FAULT ${e.code}`;
  }
}

export function setup(): void {
  Serial.begin(115200);
  console.log("event loop");
}

export function loop(): void {
  if (tick >= 12) return;
  tick++;
  produce(tick);
  const e = takeMostUrgent();
  if (e !== undefined) {
    handled++;
    console.log(`t=${tick} (from ${e.at}, p${e.priority()})`, handle(e), "queued", queue.length);
  }
  if (tick === 12) {
    console.log("handled", handled, "left", queue.length);
    for (const [k, n] of perKind) console.log(k, n);
    const b: ButtonEvent | null = lastButton;
    console.log("last button", b === null ? "none" : `${b.at} ${b.pressed}`);
  }
}
