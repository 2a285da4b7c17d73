// A sweep of `**` over pseudo-random bases and exponents of many magnitudes (fractions, negatives with
// integer exponents, bases near 1 with large exponents, subnormal and overflowing results): every digit is
// Node's, on the host and on the ESP8266's soft-float as well.
let seed = 720;
function next(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 4294967296;
}
const lines: string[] = [];
for (let row = 0; row < 40; row++) {
  const parts: number[] = [];
  for (let i = 0; i < 6; i++) {
    const kind = (row * 6 + i) % 6;
    let x = 0;
    let y = 0;
    if (kind === 0) { x = next() * 100; y = (next() - 0.5) * 40; }
    else if (kind === 1) { x = -Math.floor(next() * 50) - 1; y = Math.floor((next() - 0.5) * 30); }
    else if (kind === 2) { x = 1 + (next() - 0.5) / 4096; y = (next() - 0.5) * 2e6; }
    else if (kind === 3) { x = next() * 1e-300; y = 1 + next(); }
    else if (kind === 4) { x = 10; y = Math.round((next() - 0.5) * 1300) / 2; }
    else { x = next() * 4; y = Math.pow(2, Math.floor(next() * 12) - 4) * 3; }
    parts.push(x ** y);
  }
  lines.push(parts.join(" "));
}
for (const line of lines) console.log(line);
