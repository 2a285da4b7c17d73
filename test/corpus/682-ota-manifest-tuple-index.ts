// Issue 11 (mutant m-515): reading a tuple element of a tuple that is an array element past the end
// (`parts[i][0]`) raises Node's "Cannot read properties of undefined (reading '0')", catchable in the caller;
// an OTA manifest checker skips the missing entry.
type Part = [string, number];

const manifest: Part[] = [["boot", 4096], ["app", 262144], ["fs", 65536]];

function partName(parts: Part[], i: number): string {
  return parts[i][0];
}

function partSize(parts: Part[], i: number): number {
  return parts[i][1] / 1024;
}

function describe(parts: Part[], order: number[]): string {
  const out: string[] = [];
  for (const i of order) out.push(`${partName(parts, i)}=${partSize(parts, i)}k`);
  return out.join(", ");
}

const orders = [[0, 1, 2], [2, 0], [1, 3], [4]];
for (const order of orders) {
  try {
    console.log(describe(manifest, order));
  } catch (e) {
    console.log(`order ${order.join("/")}:`, (e as Error).message);
  }
}
let kb = 0;
for (let i = 0; i <= manifest.length; i++) {
  try {
    kb += manifest[i][1] / 1024;
  } catch (e) {
    console.log(`entry ${i}: ${(e as Error).name}`);
  }
}
console.log("total", kb, "KiB");
