// A setter without a getter reads as undefined; ternaries into optional and handle types; [] into typed arrays.
class Sink {
  private last = 0;
  set value(v: number) {
    this.last = v;
  }
  get seen(): number {
    return this.last;
  }
}
const s = new Sink();
s.value = 5;
console.log(String(s.value), s.seen, s.value === undefined);
function half(k: number): number | undefined {
  return k % 2 === 0 ? k / 2 : undefined;
}
function label(k: number): string | null {
  return k > 0 ? "pos" : k < 0 ? "neg" : null;
}
console.log(String(half(4)), String(half(3)), label(1), label(-1), String(label(0)));
let names: string[] = ["a"];
names = [].slice(0, 1);
console.log(names.length, names.concat(["b"]).join("+"));
