// Helper module: an exported base class that other files extend, re-using lib/text.ts.
import { pad, Align } from "./text.js";

export abstract class Animal {
  constructor(readonly name: string) {}
  abstract sound(): string;
  line(): string {
    return pad(this.name, 8, Align.Right) + ": " + this.sound();
  }
}

export class Cow extends Animal {
  sound(): string {
    return "moo";
  }
}
