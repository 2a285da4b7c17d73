// A type guard whose call of another guard proves a different claim: isCat is true for cats, not dogs.
interface Cat { kind: "cat"; meow: string }
interface Dog { kind: "dog"; bark: string }
type Pet = Cat | Dog;
function isCat(p: Pet): p is Cat { return p.kind === "cat"; }
function isDog(p: Pet): /*@error TSD2304 returns true for a 'Cat'*/p is Dog { return isCat(p); }
const pets: Pet[] = [{ kind: "cat", meow: "m" }];
for (const p of pets) if (isDog(p)) console.log(p.bark.length);
