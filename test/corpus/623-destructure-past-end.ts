// Issue 10/11 (errs4): destructuring an element read past the end (or a `!`-asserted map entry) raises Node's
// "Cannot destructure property 'x' of 'arr[9]' as it is undefined." (V8 names the source by its text and the
// pattern's first property; a pattern that starts with a default reads that property first), catchable in a try
// block and in the functions it calls; the last one is uncaught and ends the program as in Node.
interface Waypoint {
  lat: number;
  lon: number;
  label?: string;
}

const route: Waypoint[] = [
  { lat: 52.5, lon: 13.4, label: "start" },
  { lat: 48.1, lon: 11.6 },
];
const named = new Map<string, Waypoint>([["home", route[0]]]);

function leg(i: number): string {
  const { lat, lon } = route[i];
  const { lat: nextLat } = route[i + 1];
  return `${lat},${lon} -> ${nextLat}`;
}

function labelOf(i: number): string {
  const { label = "unnamed", lat } = route[i];
  return `${label}@${lat}`;
}

for (let i = 0; i < 3; i++) {
  try {
    console.log(`leg ${i}:`, leg(i));
  } catch (e) {
    console.log(`leg ${i}:`, (e as Error).message);
  }
}

try {
  console.log(labelOf(0), labelOf(1));
  console.log(labelOf(7));
} catch (e) {
  console.log("label:", (e as Error).message);
}

for (const key of ["home", "work"]) {
  try {
    const { lat, ...rest } = named.get(key)!;
    console.log(key, lat, rest.lon);
  } catch (e) {
    console.log(key, String(e));
  }
}

let visited = 0;
const steps = [0, 1, 4];
try {
  for (const s of steps) {
    const { lon } = route[s];
    visited++;
    console.log("step", s, lon);
  }
} catch (e) {
  console.log("visited", visited, "then", (e as Error).message);
}

const last = route.length + 1;
const { lat: far } = route[last];
console.log("not reached", far);
