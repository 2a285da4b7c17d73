// A named function that may throw, handed to a library that calls it later: wrap it in an arrow function
// (whose errors are then uncaught, as a timer's are in Node).
import { Ticker } from "Ticker";
const ticker = new Ticker();
let ticks = 0;
function onTick(): void {
  ticks++;
  if (ticks > 3) throw new Error("too many ticks");
}
export function setup(): void {
  ticker.attach_ms(10, /*@error TSD2266 onTick*/onTick);
}
export function loop(): void {
  try {
    onTick();
  } catch (e) {
    console.log("caught");
  }
}
