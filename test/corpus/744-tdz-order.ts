// Which uses are checked follows what runs before the declaration: a function only called after it reads as
// before; an object literal's function called early throws; the declaration's own initialiser may call code
// that reads it; a local read by a nested function or a closure called above the local's declaration throws
// (a fresh binding each time the block runs).
interface Handlers {
  report: () => string;
}
const handlers: Handlers = {
  report: () => `level ${level}`,
};
function later(): number {
  return level * 2;
}
function initial(): number {
  try {
    return level + 1;
  } catch (e) {
    console.log("in initialiser:", (e as Error).message);
    return -1;
  }
}
try {
  console.log(handlers.report());
} catch (e) {
  console.log((e as Error).message);
}
let level: number = initial();
console.log(level, later(), handlers.report());
level = 3;
console.log(level, later(), handlers.report());
let unset: string | undefined;
function readUnset(): string {
  return unset ?? "none";
}
console.log(readUnset());

function outer(round: number): void {
  function inner(): string {
    return name + "!";
  }
  const bump = (): void => {
    total += round;
  };
  try {
    console.log(inner());
  } catch (e) {
    console.log(round, (e as Error).message);
  }
  try {
    bump();
  } catch (e) {
    console.log(round, (e as Error).message);
  }
  const name: string = `hi${round}`;
  let total = 10;
  bump();
  console.log(inner(), total);
}
outer(1);
outer(2);
