// Helper module for 756: exported guards (a function, a const arrow, a static method) and a class whose members
// share names with the module's own function and variable.
export interface Cat { kind: "cat"; meow: string }
export interface Dog { kind: "dog"; bark: string }
export interface Fish { kind: "fish"; fins: number }
export type Pet = Cat | Dog | Fish;
export function isCat(p: Pet): p is Cat { return p.kind === "cat"; }
export const isDog = (p: Pet): p is Dog => p.kind === "dog";
export let count = 3;
export function size(): number { return count * 2; }
export class Shelter {
  count = 1;
  size(): number { return 0; }
  total(): number { return size() + count + this.count + this.size(); }
  static isFish(p: Pet): p is Fish { return !isCat(p) && !isDog(p); }
}
