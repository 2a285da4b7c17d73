// Fuzz mutants m-88-20466 and m-120-20487: assigning a field of a class instance read from an array past its
// end stops with Node's "Cannot set properties of undefined (setting 'pressure')"; reading a field of an
// interface-typed element with "... (reading 't')".
interface S {
  t: number;
}
class Wheel {
  constructor(public pressure: number) {}
}
const xs: S[] = [1, 2].map((v) => ({ t: v * 10 }));
console.log(xs[1].t, xs.length);
const wheels = [new Wheel(1), new Wheel(2)];
wheels[1].pressure = 0;
console.log(wheels.map((w) => w.pressure).join("/"));
const k = 2;
wheels[k].pressure = 0;
