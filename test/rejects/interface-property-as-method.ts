// A function-typed interface property implemented by a method: the property can be read off the object
// (losing `this`) and reassigned, which a C++ method cannot follow.
interface Handler { onMessage: (text: string) => void }
class Logger implements Handler {
  count = 0;
  /*@error TSD2356 implementing the function-typed property*/onMessage(text: string) { this.count++; console.log(text); }
}
const h: Handler = new Logger();
h.onMessage("hello");
