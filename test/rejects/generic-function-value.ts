// A generic function passed as a value: it is a C++ template, which g++ cannot pass.
function keep<T>(v: T | undefined): boolean {
  return v !== undefined;
}
const xs: (string | undefined)[] = ["a", undefined, "b"];
console.log(xs.filter(/*@error TSD2169 generic function*/keep).length);
