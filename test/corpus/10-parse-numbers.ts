// parseInt (with and without radix), parseFloat and Number() on well-formed and ill-formed text.
console.log(parseInt("42px"), parseInt("  -17"), parseInt("0x1F"), parseInt("ff", 16), parseInt("101", 2));
console.log(parseInt("z", 36), parseInt(""), parseInt("abc"), parseInt("3.99"), parseInt("-0"), parseInt("12", 3));
console.log(parseInt("9007199254740993"), parseInt("0x"), parseInt("+5"), parseInt("1e3"), parseInt("08"));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-1e3"), parseFloat("Infinityx"), parseFloat("e5"));
console.log(parseFloat("  2.5e-3 "), parseFloat("-.25"), parseFloat("1.2.3"), parseFloat("0.1e"), parseFloat("-0"));
console.log(Number(""), Number(" 12 "), Number("0x10"), Number("1e3"), Number("12px"), Number("-"), Number("-Infinity"));
console.log(Number("0b101"), Number("0o17"), Number(".5"), Number("5."), Number("\t\n 7 \n"), Number(true), Number(false));
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(-0), Number.isInteger(1 / 0), Number.isInteger(1e300));
