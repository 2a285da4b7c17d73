// A class that extends the runtime's Error and implements an interface: Error's object header is the
// runtime's own (not a virtual base), so the class cannot also derive from the interface's abstract class.
// (A user base class with interfaces is supported: corpus 580-589.)
interface Coded {
  code: number;
}
class ParseError extends Error implements /*@error TSD2145 extends a built-in class*/Coded {
  code = 42;
}
const e = new ParseError("bad");
console.log(e.code, e.message);
