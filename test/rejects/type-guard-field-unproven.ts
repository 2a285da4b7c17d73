// A guard that takes null and undefined away from a member but tests it against null only.
interface Reading { v: number | null | undefined; name: string }
function hasValue(r: Reading): /*@error TSD2304 type guard*/r is Reading & { v: number } { return r.v !== null; }
const r: Reading = { v: undefined, name: "a" };
if (hasValue(r)) console.log(r.v + 1);
