// Callbacks that re-arm timers while other timers are due (the lx106 finding's shape): a job that takes a
// few milliseconds and re-arms a 0 ms retry does not see the retry run before the timers that were already
// due — the retry joins the 1 ms list (or starts a new one) and waits for a later pass. Three polling
// chains re-arming themselves with setTimeout(…, 0) share one list and run round robin, each pass once.
// Every step is ordered by list, expiry and creation order only, never by how fast the machine is: what
// follows a chain is started by the chain itself.
const trace: string[] = [];

function busyWait(ms: number): void {
  const until = millis() + ms;
  while (millis() < until) {
    // a slow radio transmission
  }
}

class Radio {
  attempts = 0;
  constructor(readonly name: string, readonly failures: number) {}
  send(): void {
    this.attempts++;
    busyWait(3);
    if (this.attempts <= this.failures) {
      trace.push(`${this.name} attempt ${this.attempts} failed`);
      setTimeout(() => this.send(), 0);
    } else {
      trace.push(`${this.name} sent after ${this.attempts}`);
      radioDone();
    }
  }
}

const lora = new Radio("lora", 2);
const ble = new Radio("ble", 1);
setTimeout(() => lora.send(), 1);
setTimeout(() => trace.push("led (2 ms, due in the same pass)"), 2);
setTimeout(() => ble.send(), 1);
setTimeout(() => trace.push("button (15 ms, due in the same pass)"), 15);
busyWait(40);

function poll(name: string, left: number): void {
  trace.push(`${name}:${left}`);
  if (left > 1) setTimeout(poll, 0, name, left - 1);
  else if (name === "co2") console.log(trace.join("\n"));
}

let radiosDone = 0;
function radioDone(): void {
  if (++radiosDone < 2) return;
  trace.push("--- pollers");
  setTimeout(poll, 0, "temp", 3);
  setTimeout(poll, 0, "hum", 2);
  setTimeout(poll, 0, "co2", 4);
}
