// An object literal typed as a class with only fields: it would not be an instance of the class
// ('p instanceof Pt' is false under Node), and tsduino's objects of a class are its instances.
class Pt { x: number = 0; y: number = 0; }
const p: Pt = /*@error TSD2164 has no interface type*/{ x: 1, y: 2 };
console.log(p.x + p.y);
