// A union with an array member has no representation.
function readings(n: number): /*@error TSD2013 union type*/number[] | string {
  return n > 0 ? [n] : "none";
}
const r = readings(2);
console.log(typeof r === "string" ? r : r.length);
