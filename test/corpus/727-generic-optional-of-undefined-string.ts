// A generic parameter `T | undefined` instantiated with string receives an undefined string read past the
// end or from a `(string | undefined)[]`: it stays undefined inside the generic function (it became a
// defined ts::Opt<ts::String> holding an undefined string, so `v !== undefined` was true).
function keep<T>(v: T | undefined): boolean {
  return v !== undefined;
}
function orElse<T>(v: T | undefined, fallback: T): T {
  return v ?? fallback;
}
function describe<T>(v: T | null | undefined): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  return "value";
}
const xs: (string | undefined)[] = ["a", undefined];
console.log(keep<string>(xs[0]), keep<string>(xs[1]));
const words: string[] = ["x", "y"];
console.log(keep<string>(words[5]), orElse<string>(words[7], "fallback"), orElse<string>(words[1], "fallback"));
const maybe: (string | null)[] = ["n", null];
console.log(describe<string>(maybe[0]), describe<string>(maybe[1]), describe<string>(words[9]));
const ns: (number | undefined)[] = [1, undefined];
console.log(keep<number>(ns[0]), keep<number>(ns[1]), orElse<number>(ns[1], 42));
