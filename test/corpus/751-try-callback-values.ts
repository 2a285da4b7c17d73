// Array-method callbacks given as function values (a parameter, an element of an array of handlers, a variable):
// an error one raises leaves the method at once (the remaining elements are not visited) and is caught by the try
// around the call, as in Node.
interface Job { id: number; cost: number }
const jobs: Job[] = [{ id: 1, cost: 3 }, { id: 2, cost: 5 }];
function each(ids: number[], visit: (id: number) => void): void {
  ids.forEach(visit);
  console.log("each done");
}
function costs(ids: number[], pick: (id: number) => number): number[] {
  return ids.map(pick);
}
const pickers: ((id: number) => number)[] = [(i) => jobs[i].cost, (i) => i * 10];
const describe = ({ id, cost }: Job) => `#${id}:${cost}`;
const checks: (() => void)[] = [
  () => each([0, 1], (i) => console.log("job", jobs[i].id)),
  () => each([0, 2, 1], (i) => console.log("job", jobs[i].id)),
  () => each([1, 0], (i) => { if (jobs[i].cost > 4) throw new RangeError("too costly: " + jobs[i].id); console.log("ran", i); }),
  () => console.log(costs([1, 0], pickers[0])),
  () => console.log(costs([1, 4], pickers[0])),
  () => console.log(costs([1, 4], pickers[1])),
  () => console.log([jobs[1], jobs[0]].map(describe)),
  () => console.log([jobs[1], jobs[5]].map(describe)),
];
for (const check of checks) {
  try {
    check();
  } catch (e) {
    console.log("caught", (e as Error).name, (e as Error).message);
  }
}
