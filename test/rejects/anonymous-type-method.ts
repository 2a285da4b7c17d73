// An anonymous object type with a method: tsduino's records hold data and function-typed properties only.
function describe(o: { id: number; /*@error TSD2280 methods in the anonymous object type*/label(): string }): string {
  return o.label() + o.id;
}
console.log(describe({ id: 1, label: () => "x" }));
