console.log(parseInt("ffffffffffffffffff", 16), parseInt("1".repeat(70), 2), parseInt("zzzzzzzzzzzzzz", 36));
console.log(parseInt("123456789012345678901234567890"), parseInt("ffffffffffffffff", 16));
console.log(parseInt("20000000000001", 16), parseInt("20000000000003", 16), parseInt("20000000000001" + "0", 16), parseInt("1" + "0".repeat(52) + "11", 2));
console.log(parseInt("777777777777777777777", 8), parseInt("vvvvvvvvvvvvvvvv", 32), parseInt("0x1fffffffffffff1", 16), Number("0x20000000000001"), Number("0b" + "1".repeat(60)));
console.log(parseInt("f".repeat(300), 16), parseInt("10000000000000080", 16), parseInt("10000000000000081", 16), parseInt("10000000000000180", 16));
