// `m.groups` as a value prints as Node's groups object (it printed the whole match), and `m.groups!.q` on a
// match that is null at run time (`re.exec(s)!`) is Node's TypeError naming 'groups', caught by a try
// (m-730-regexp-groups-unmatched-77001466).
const R = /^(?<q>x)?(?<r>y)?$/;
const hit = R.exec("x")!;
console.log(hit.groups!.q, hit.groups);
const g = hit.groups!;
console.log(g.q, g.r, g);
console.log([hit.groups], { g });
const plain = /a(b)?/.exec("ab");
if (plain) console.log(plain.groups, plain);

const miss = R.exec("z")!;
try {
  console.log(miss.groups!.q);
} catch (e) {
  console.log("caught:", (e as Error).message);
}
// JSON.stringify wrote {} for both: Node writes the match as an array (undefined as null), the groups as an object.
console.log(JSON.stringify(/a(b)?(c)/.exec("ac")), JSON.stringify("xax".match(/a/g)), JSON.stringify(hit.groups), JSON.stringify({ m: R.exec("xy") }, null, 1));
// `re.exec(s)![0]` on a null match names the index, as Node does (m-184-…-83000320).
try {
  console.log(R.exec("zz")![0]);
} catch (e) {
  console.log("caught:", (e as Error).message);
}
