// An array that is printed, joined or searched keeps the double representation; one of its group (assigned
// to it, passed to the same parameter) keeps it too, while an unrelated array may change.
function addAll(dst: number[], n: number): void {
  for (let i = 0; i < n; i++) dst.push(i - 2);
}
const shown: number[] = [];
const partner: number[] = [];
const alone: number[] = [];
addAll(shown, 3);
addAll(partner, 2);
for (let i = 0; i < 3; i++) alone.push(i * 10);
console.log(shown, shown.join("|"), shown.indexOf(0), shown.includes(-2));
partner[0] = partner[0] * 0;
const p0 = partner[0];
console.log("partner", p0, 1 / p0, partner.length);
alone[1] = -0;
const z = alone[1];
console.log("alone", z, 1 / z, alone[0] + alone[2]);
const text = `${alone[2]}`;
console.log(text, String(shown[0]), shown[9] === undefined, alone[9] ?? -1);
