// instanceof through an inheritance chain, and narrowing a base-typed value with instanceof.
class Vehicle {
  wheels(): number {
    return 0;
  }
}
class Car extends Vehicle {
  wheels(): number {
    return 4;
  }
  honk(): string {
    return "beep";
  }
}
class SportsCar extends Car {
  turbo = true;
}
class Bike extends Vehicle {
  wheels(): number {
    return 2;
  }
}
const fleet: Vehicle[] = [new Vehicle(), new Car(), new SportsCar(), new Bike()];
for (const v of fleet) {
  console.log(v instanceof Vehicle, v instanceof Car, v instanceof SportsCar, v instanceof Bike, v.wheels());
  if (v instanceof Car) console.log("  car says", v.honk());
  if (v instanceof SportsCar) console.log("  turbo", v.turbo);
}
function pickVehicle(i: number): Vehicle {
  return fleet[i];
}
console.log(pickVehicle(3) instanceof Car, pickVehicle(2) instanceof Car);
