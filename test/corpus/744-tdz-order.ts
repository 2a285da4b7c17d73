// Which uses are checked follows what runs before the declaration: a function only called after it (or
// from setup-like code at the end) reads as before; an object literal's method called early throws; the
// declaration's own initialiser may call code that reads it.
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
