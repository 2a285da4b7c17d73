// Fuzz mutants m-87-20031 and m-87-20082: toString(radix) with a radix out of 2..36 stops with Node's message
// ("radix argument must be between 2 and 36"; ours said "radix must be").
const radixes = [2, 16, 36];
for (const r of radixes) console.log((255).toString(r), (-7.5).toString(r));
const big = 65536;
console.log((10).toString(big));
