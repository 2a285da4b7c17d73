// Spread in array literals and calls.
const a = [1, 2, 3];
const b = [0, ...a, 4, ...a];
console.log(b.join(","), b.length);
console.log(Math.max(...a), Math.min(...b, -1));
function sum3(x: number, y: number, z: number): number {
  return x + y + z;
}
const args: [number, number, number] = [1, 2, 3];
console.log(sum3(...args));
const copy = [...a];
copy.push(9);
console.log(a.length, copy.length);
