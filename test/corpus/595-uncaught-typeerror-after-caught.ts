// Issue 11: in a program with a try, a TypeError raised in a called function that no try encloses still ends the
// program with Node's exact "Uncaught TypeError: Cannot read properties of undefined (reading 'name')"
// after the caught ones, and a finally on the way out runs first.
interface Zone { name: string; limit?: { max: number } }
const zones: Zone[] = [{ name: "a", limit: { max: 30 } }, { name: "b" }];

function maxOf(z: Zone): number {
  return z.limit!.max;
}

function check(z: Zone, t: number): boolean {
  return t > maxOf(z);
}

for (const z of zones) {
  try {
    console.log(z.name, check(z, 31));
  } catch (e) {
    console.log(z.name, "no limit:", (e as Error).message);
  }
}

function report(i: number): string {
  try {
    return `${zones[i].name} max ${zones[i].limit!.max}`;
  } finally {
    console.log("report", i);
  }
}
console.log(report(0));
console.log(report(3));
console.log("not reached");
