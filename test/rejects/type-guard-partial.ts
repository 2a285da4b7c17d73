// A type guard that may return false for a member it claims: TypeScript then treats that value as the other member.
function isPositive(v: number | string): /*@error TSD2304 type guard*/v is number {
  return typeof v === "number" && v > 0;
}
function show(v: number | string): void {
  if (!isPositive(v)) console.log(v.length);
}
show(-1);
