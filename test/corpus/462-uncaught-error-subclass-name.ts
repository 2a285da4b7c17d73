// An uncaught error of a class that extends Error without setting `name` is reported by Node under its class
// name ("Uncaught StorageError: …", util.inspect's improveStack), though String(e) and e.name say "Error"
// (found by fuzzing: a mutant of corpus 266 without its `this.name = …` line).
class StorageError extends Error {
  constructor(m: string) {
    super(m);
  }
}
class QuotaError extends StorageError {}
try {
  throw new QuotaError("quota");
} catch (e) {
  console.log(String(e), (e as Error).name, e instanceof StorageError);
}
function write(block: number): void {
  if (block > 2) throw new StorageError("block " + block + " is read-only");
  console.log("wrote", block);
}
for (let b = 0; b < 5; b++) {
  try {
    write(b);
  } finally {
    console.log("flush", b);
  }
}
