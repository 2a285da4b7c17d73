// A class's `static { … }` blocks run where the class is declared, in order with its static field
// initialisers (with block-scoped locals and loops of their own): the compiler left them out silently.
class Registry {
  static names: string[] = ["first"];
  static {
    const extra = ["boot", "net"];
    for (const n of extra) Registry.names.push(n.toUpperCase());
  }
  static count = Registry.names.length;
  static {
    let i = 0;
    while (i < 2) {
      Registry.count += 10;
      i++;
    }
    console.log("static block ran", Registry.count);
  }
  static add(n: string): number {
    return Registry.names.push(n);
  }
}
console.log("after class", Registry.names.join(), Registry.count);
Registry.add("x");
console.log(Registry.names, Registry.count);
