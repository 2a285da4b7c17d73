// Issue 11: a TypeError from a member of undefined three calls down passes through finally blocks in each
// function (Node's order: innermost first), is caught, rethrown as a custom error by a middle layer, and a
// closure stored in a field raises it too; a telemetry pipeline with retries.
class PipelineError extends Error {
  constructor(public stage: string, cause: string) {
    super(`${stage}: ${cause}`);
    this.name = "PipelineError";
  }
}
interface Frame { seq: number; payload?: { temp: number } }

const trace: string[] = [];

function decode(f: Frame): number {
  try {
    return f.payload!.temp * 10;
  } finally {
    trace.push(`decode ${f.seq}`);
  }
}

function stage(f: Frame): number {
  try {
    return decode(f) + 1;
  } catch (e) {
    if (e instanceof TypeError) throw new PipelineError("decode", e.message);
    throw e;
  } finally {
    trace.push(`stage ${f.seq}`);
  }
}

class Uplink {
  sent: number[] = [];
  transform: (f: Frame) => number = (f) => f.payload!.temp + 0.5;
  send(f: Frame): void {
    this.sent.push(this.transform(f));
  }
}

const frames: Frame[] = [{ seq: 1, payload: { temp: 21.5 } }, { seq: 2 }, { seq: 3, payload: { temp: -4 } }];
const up = new Uplink();
for (const f of frames) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      console.log(f.seq, stage(f));
      up.send(f);
      break;
    } catch (e) {
      if (e instanceof PipelineError) console.log(`attempt ${attempt}: ${e.name} ${e.stage} ${e.message}`);
    } finally {
      trace.push(`try ${f.seq}.${attempt}`);
    }
  }
}
try {
  up.send(frames[1]);
} catch (e) {
  console.log("send:", String(e));
}
console.log(up.sent, trace.length);
console.log(trace.join(" / "));
