// Named groups that did not take part in a match are undefined although typed string: a string method on one
// raises Node's TypeError naming the method, catchable.
const ROUTE = /^(?<path>\/[a-z]*)(?:\?(?<query>\S*))?$/;
function params(url: string): string[] {
  const m = ROUTE.exec(url);
  if (m === null) return [];
  const query = m.groups!.query;
  try {
    return query.split("&");
  } catch (e) {
    console.log("no query in", url, "-", (e as Error).message);
    return [];
  }
}
console.log(params("/led?state=on&level=3"));
console.log(params("/status"));
const m2 = ROUTE.exec("/x")!;
try {
  console.log(m2.groups!.query.toUpperCase());
} catch (e) {
  console.log((e as Error).message);
}
console.log(m2.groups!.query === undefined, m2.groups!.path.length);
const q = m2.groups!.query;
console.log(q.split(/&/));
