// A destructuring read of an accessor whose getter a subclass hides with a lone setter: JavaScript reads
// undefined (the subclass's accessor has no getter), C++ would run the base's getter. Rejected like `b.v`.
class Base {
  get v(): number {
    return 1;
  }
  set v(x: number) {
    console.log(x);
  }
}
class Offset extends Base {
  set v(x: number) {
    console.log("offset", x);
  }
}
const b: Base = new Offset();
const { /*@error TSD2344 'Offset' declares only a setter for 'v', which hides the getter it inherits from 'Base'*/v } = b;
console.log(v);
