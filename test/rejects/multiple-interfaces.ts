// A class implementing two interfaces that extend a common one: the C++ class would hold that base twice.
interface Device {
  id: string;
}
interface Sensor extends Device {
  read(): number;
}
interface Actuator extends Device {
  set(v: number): void;
}
class Valve implements Sensor, /*@error TSD2146 several interfaces*/Actuator {
  id = "v1";
  private v = 0;
  read(): number {
    return this.v;
  }
  set(v: number): void {
    this.v = v;
  }
}
const valve = new Valve();
valve.set(3);
console.log(valve.read());
