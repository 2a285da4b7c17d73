// Methods of fixed-width arrays whose arguments need temporaries (a call in the argument, so the receiver is
// evaluated first into a variable of the array's own C++ type), and indexOf/includes on u8 and i32 elements.
function f(n: i32): i32 {
  return n * 3;
}
const bytes: u8[] = [];
for (let i: i32 = 0; i < 5; i++) bytes.push(u8(f(i) + 250));
console.log(bytes.join(","));
console.log(bytes.indexOf(u8(f(1) + 250)).toString() + " " + bytes.lastIndexOf(u8(f(4))).toString());
console.log((bytes.includes(u8(f(2))) ? "yes" : "no") + " " + (bytes.includes(u8(f(85))) ? "yes" : "no"));
const words: i32[] = [1, 2];
words.push(i32(f(2)) * 1000);
words.unshift(i32(f(1)) - 7);
console.log(words.join(" ") + " " + words.indexOf(f(2) * 1000).toString());
const buf: u8[] = [1, 2, 3];
buf.fill(u8(f(100)));
console.log(buf.join(",") + " " + buf.concat(bytes).length.toString());
const wide: u16[] = [];
wide.push(u16(f(30000)));
wide.unshift(u16(f(7)));
console.log(wide.join(",") + " " + wide.indexOf(u16(f(30000))).toString());
