// An event emitter: a Map<string, Array<() => void>> of listeners, registered by widgets that capture
// themselves in their listeners; the emitter's owner (a screen) holds the emitter and the widgets, and the
// emitter is known to every widget. Each round builds a screen, fires its events and drops it.
const ROUNDS = 2000;
class Emitter {
  listeners = new Map<string, Array<() => void>>();
  on(event: string, listener: () => void): void {
    const list = this.listeners.get(event);
    if (list === undefined) this.listeners.set(event, [listener]);
    else list.push(listener);
  }
  emit(event: string): number {
    const list = this.listeners.get(event);
    if (list === undefined) return 0;
    for (const l of list) l();
    return list.length;
  }
}
class Widget {
  clicks = 0;
  constructor(public screen: Screen, public name: string) {
    screen.events.on("click", () => { this.clicks++; });
    screen.events.on("redraw", () => { this.screen.redraws++; });
  }
}
class Screen {
  events = new Emitter();
  widgets: Widget[] = [];
  redraws = 0;
  add(name: string): Widget {
    const w = new Widget(this, name);
    this.widgets.push(w);
    return w;
  }
}
let total = 0;
for (let round = 0; round < ROUNDS; round++) {
  const screen = new Screen();
  screen.add("ok");
  screen.add("cancel").clicks = round % 3;
  total += screen.events.emit("click") + screen.events.emit("redraw") + screen.events.emit("none");
  total += screen.redraws + screen.widgets[1].clicks;
}
console.log("total", total);
