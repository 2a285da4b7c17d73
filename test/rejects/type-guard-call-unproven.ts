// A type guard built from a call the proof cannot decide: isCat may return false for a cat with no meow, so
// isMammal may return false for a Cat, and TypeScript would then treat that cat as a Fish.
interface Cat { kind: "cat"; meow: string }
interface Dog { kind: "dog"; bark: string }
interface Fish { kind: "fish"; fins: number }
type Pet = Cat | Dog | Fish;
function isCat(p: Pet): boolean { return p.kind === "cat" && p.meow.length > 0; }
function isDog(p: Pet): p is Dog { return p.kind === "dog"; }
function isMammal(p: Pet): /*@error TSD2304 isCat(p)*/p is Cat | Dog { return isCat(p) || isDog(p); }
const pets: Pet[] = [{ kind: "cat", meow: "" }, { kind: "fish", fins: 2 }];
for (const p of pets) if (!isMammal(p)) console.log(p.fins.toFixed(1));
