// Unpaired UTF-16 surrogates survive slicing and concatenation; printed, Node writes U+FFFD for them.
const e = "😀";
const high = e.slice(0, 1);
const low = e.slice(1);
console.log(high.length, high.charCodeAt(0), low.charCodeAt(0));
console.log((high + low) === e, (high + low).length);
console.log("[" + high + "]");
const lone = String.fromCharCode(0xd800);
console.log(lone.length, lone.charCodeAt(0), (lone + "x").length);
