// An object literal with no interface type to take from its context: name the type.
interface P {
  x: number;
}
const pts: P[] = [{ x: 1 }];
const /*@error TSD2162 anonymous object type*/swapped = pts.map((p) => ({ x: p.x, y: 0 }));
console.log(swapped.length);
