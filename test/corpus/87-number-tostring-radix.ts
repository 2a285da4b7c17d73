// Number.prototype.toString with a radix, and toString() without one.
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0).toString(7));
console.log((3.5).toString(), (1e21).toString(), (0.1).toString(2).slice(0, 12));
