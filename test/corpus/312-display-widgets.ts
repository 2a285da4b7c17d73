// Display widgets whose content is `number | string`: a union field narrowed through `this`, an interface
// property of union type implemented by classes (its accessor pair), compound assignment and ++ on a union
// variable, a generic instantiated with a union, an arrow function returning a union, a sorted union array.
interface Widget {
  value: number | string;
  render(): string;
}

class Counter implements Widget {
  value: number | string = 0;
  render(): string {
    if (typeof this.value === "number") return `[${this.value.toString().padStart(4, "0")}]`;
    return `[${this.value}]`;
  }
}

class Banner implements Widget {
  value: number | string = "";
  constructor(public width: number) {}
  render(): string {
    const text = typeof this.value === "string" ? this.value : this.value.toFixed(1);
    return text.length > this.width ? text.slice(0, this.width - 1) + "~" : text.padEnd(this.width, ".");
  }
}

function latest<T>(items: T[]): T | undefined {
  return items.length > 0 ? items[items.length - 1] : undefined;
}

const widgets: Widget[] = [new Counter(), new Banner(8), new Counter()];
const shown: (number | string)[] = [];
let ticks: number | string = 0;
for (let i = 0; i < 5; i++) {
  ticks++;
  widgets[0].value = i * 7;
  widgets[1].value = i % 2 === 0 ? `temp ${20 + i}` : 20 + i / 4;
  widgets[2].value = i === 3 ? "ERR" : i;
  if (typeof widgets[0].value === "number") widgets[0].value = widgets[0].value * 3;
  shown.push(widgets[1].value);
  console.log(widgets.map((w) => w.render()).join(" "));
}
ticks += 10;
console.log("ticks", ticks);
ticks = "t";
ticks += "!";
console.log("ticks", ticks, typeof ticks);

const status = (code: number): number | string => (code >= 400 ? `error ${code}` : code);
console.log(status(200), status(404), typeof status(301));
console.log(latest<number | string>(shown), latest<number | string>([]) ?? "none");
shown.sort();
console.log(shown.join(" | "));
console.log(shown.filter((v): v is number => typeof v === "number").reduce((a, b) => a + b, 0));
