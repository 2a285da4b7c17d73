// Four generator findings (g10105, g10107, g10426, g10436), minimised: negated `||` conditions whose operands
// are a number, a ternary of booleans or a call result; the host took the wrong branch and printed nothing.
for (let i11 = 0; i11 < 1; i11++) {
  if (!((i11 - i11) || (true ? false : false))) {
    console.log(("k2" + "0x1f".padEnd(2)), i11);
  } else {
  }
}

let w1: string = "Infinity";
for (let i32 = -4; i32 < 4; i32 += 0.5) {
  console.log((!(i32 && true) ? (w1 + w1) : "straße".repeat(0)));
}

let u2: string = "line\nbreak";
let u3: number = -Infinity;
function f18(): number {
  console.log((u3).toString(8), false);
  let v20: Map<string, number> = new Map<string, number>([["k2", u3], ["b", Math.round(10)]]);
  let v21: number = parseFloat("3.14".trimEnd());
  return ((v20.get("z") ?? (u3 | v21)) + (u2.split(",").length / -(v21)));
}
u3 ^= ((u3 >>> 7) - 9007199254740993);
u3 *= (parseInt(u2) + u3);
if (!(u3 || (true || u3 ? false : true))) {
} else {
  console.log(Math.min(u3, f18()), !(u3 != u3) ? "Infinity" : u2, u2.length);
}

let x2: number = 256;
function may3(k: number): number | undefined {
  return k * 2;
}
if (!("-0".charCodeAt(2) || (false && false))) {
  console.log((may3(x2) ?? Math.min(5, x2)), " pad ".split("-").join("").lastIndexOf("straße".toUpperCase()), "1e3");
}
