// -0: console.log shows it as -0, String/concatenation/templates show 0, and -0 === 0.
const nz = -0;
console.log(nz);
console.log(String(nz), "" + nz, `${nz}`);
console.log(nz === 0, 1 / nz, 1 / 0);
console.log(0 * -1, -0 + 0, -0 - 0);
console.log(Math.round(-0.4), Math.sign(-0), Math.trunc(-0.5), Math.ceil(-0.5));
console.log(-4 % 2, 4 % -2);
console.log(Math.min(0, -0), Math.max(-0, 0));
console.log([nz, 0].join(","));
console.log((-0).toFixed(2));
Serial.println(nz);
