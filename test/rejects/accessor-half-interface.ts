// A class implementing an interface's property with only a getter or only a setter. TypeScript accepts a lone
// getter for an assignable property, but a write through the interface throws in JavaScript ("Cannot set
// property v of #<Fixed> which has only a getter"; tsduino wrote nothing: wrong output): rejected at such a write
// (reading, and writes through other types, stay supported). A lone setter reads as undefined (C++ left the
// getter pure virtual: g++ failed): rejected at the setter.
interface Holder {
  v: number;
}
interface Named extends Holder {
  name: string;
}
interface Reading {
  readonly v: number;
}
class Fixed implements Named {
  name = "fixed";
  get v(): number {
    return 7;
  }
}
class Sink implements Holder {
  private raw = 0;
  set /*@error TSD2346 'Sink' declares only a setter for 'v', which the interface 'Holder' it implements lets be read*/v(x: number) {
    this.raw = x;
  }
}
class Gauge implements Reading {
  get v(): number {
    return 3;
  }
}
const hs: Holder[] = [new Fixed(), { v: 3 }];
for (const h of hs) {
  console.log(h.v);
  /*@error TSD2345 'h.v' assigns 'v' through 'Holder', which 'Fixed' implements with only a getter*/h.v = 5;
}
const n: Named = new Fixed();
/*@error TSD2345 'n.v' assigns 'v' through 'Named'*/n.v++;
const r: Reading = new Gauge();
console.log(r.v, n.name, new Sink());
