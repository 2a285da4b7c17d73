// Issue 11: a TypeError raised inside array-method callbacks (forEach, map, filter, reduce, sort, find), in a
// named function passed to map, and a `throw` in a forEach callback leave the method at once and are caught
// around the call; the elements before the failing one were processed (their side effects stay), the ones
// after it were not.
interface Reading { id: number; meta?: { unit: string; factor: number } }

const readings: Reading[] = [
  { id: 1, meta: { unit: "C", factor: 1 } },
  { id: 2, meta: { unit: "F", factor: 1.8 } },
  { id: 3 },
  { id: 4, meta: { unit: "K", factor: 1 } },
];

function unitOf(r: Reading): string {
  return r.meta!.unit;
}

const seen: number[] = [];
function attempt(label: string, run: () => string): void {
  try {
    console.log(label, run());
  } catch (e) {
    console.log(label, "failed:", e instanceof TypeError ? e.message : String(e), "seen", seen.join(","));
  }
  seen.length = 0;
}

attempt("forEach", () => {
  readings.forEach((r) => {
    seen.push(r.id);
    console.log("  unit", unitOf(r));
  });
  return "all";
});
attempt("map", () => readings.map(unitOf).join("|"));
attempt("map-ok", () => readings.slice(0, 2).map(unitOf).join("|"));
attempt("filter", () => String(readings.filter((r) => { seen.push(r.id); return r.meta!.factor > 1; }).length));
attempt("reduce", () => readings.reduce((acc, r) => { seen.push(r.id); return acc + r.meta!.factor; }, 0).toFixed(2));
attempt("find", () => String(readings.find((r) => { seen.push(r.id); return r.meta!.unit === "K"; })?.id));
attempt("sort", () => readings.slice().sort((a, b) => a.meta!.factor - b.meta!.factor).map((r) => r.id).join(","));
attempt("throw", () => {
  readings.forEach((r) => {
    if (!r.meta) throw new RangeError(`no meta on ${r.id}`);
    seen.push(r.id);
  });
  return "all";
});
attempt("some", () => String(readings.slice(0, 2).some((r) => r.meta!.unit === "F")));
