// setInterval with timeouts of the same duration: they share Node's list, so the order is the list's
// order however late the event loop runs. An interval is re-armed after its callback returns, from the
// time its callback started, behind the timers of its duration armed meanwhile: a 10 ms timeout armed by
// tick n runs before tick n + 1. Two intervals of one duration alternate in creation order, and a timeout
// armed with a shorter delay from a tick runs before the next tick.
const out: string[] = [];
let ticks = 0;
let fast = 0;

const sampler = setInterval(() => {
  ticks++;
  out.push(`tick ${ticks}`);
  setTimeout((n: number) => {
    out.push(`  report ${n}`);
    if (n === 4) finished();
  }, 10, ticks);
  if (ticks === 4) clearInterval(sampler);
}, 10);

const a = setInterval(() => {
  fast++;
  out.push(`  a${fast}`);
  if (fast === 3) clearInterval(a);
}, 25);
let bCount = 0;
const b = setInterval(() => {
  bCount++;
  out.push(`  b${bCount}`);
  setTimeout(() => {
    out.push(`    b${bCount} ack (2 ms)`);
    if (bCount === 3) finished();
  }, 2);
  if (bCount === 3) clearInterval(b);
}, 25);

// The two groups run side by side, so each is printed on its own: their interleaving depends on timing.
let groupsDone = 0;
function finished(): void {
  if (++groupsDone < 2) return;
  const ab = (l: string): boolean => l.startsWith("  a") || l.startsWith("  b") || l.startsWith("    b");
  console.log(out.filter((l) => !ab(l)).join("\n"));
  console.log(out.filter(ab).join("\n"));
}
