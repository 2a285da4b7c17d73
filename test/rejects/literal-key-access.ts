// A property read or written by a string key on a class instance: tsduino lowers getters, setters, compound
// assignment and the TypeErrors of a member only for the dotted form, and says so.
class Gauge {
  level = 1;
  get twice(): number { return this.level * 2; }
}
const g = new Gauge();
/*@error TSD2016 g["level"]*/g["level"] = 0.5;
console.log(/*@error TSD2016 g["twice"]*/g["twice"]);
