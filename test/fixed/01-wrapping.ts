// i32/u8/u16/i8 arithmetic wraps on overflow, as AssemblyScript (WebAssembly) does.
let a: i32 = 2147483647;
a = a + 1;
console.log(a.toString());
let b: u8 = 250;
b += 10;
console.log(b.toString());
let c: i8 = 127;
c++;
console.log(c.toString());
let d: u16 = 0;
d--;
console.log(d.toString());
let e: i32 = 65536;
e = e * e;
console.log(e.toString());
let f: u32 = 0;
f = f - 1;
console.log(f.toString());
