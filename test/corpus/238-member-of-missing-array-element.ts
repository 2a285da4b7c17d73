// Fuzz mutant m-110-20230: a getter, field or method of a class instance read from an array past its end
// stops with Node's TypeError naming the member ("... of undefined (reading 'name')"), not a generic one.
class Named {
  protected n = "";
  count = 3;
  get name(): string {
    return this.n;
  }
  set name(v: string) {
    this.n = v;
  }
  greet(): string {
    return "hi " + this.n;
  }
}
const items: Named[] = [new Named(), new Named()];
for (const it of items) it.name = "ab";
console.log(items[0].name, items[1].greet(), items[1].count, (items[0]).count);
items[1].count = 5;
items[1].count++;
console.log(items[1].count, items.length);
const k = 255;
console.log(items[k].name);
