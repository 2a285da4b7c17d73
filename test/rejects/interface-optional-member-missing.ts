// A class that leaves out an optional member of the interface it implements: the interface's properties are
// accessors the class provides from its fields.
interface Options { retries: number; label?: string }
class Defaults implements /*@error TSD2357 without the optional member*/Options {
  retries = 3;
}
const o: Options = new Defaults();
console.log(o.retries, o.label);
