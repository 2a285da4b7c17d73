// An uncaught error whose `name` the program set to a word that is not "…Error": Node prints `<name>: <message>`
// (the harness's oracle only recognised names ending in "Error"; fuzz mutant m-266-…-64100036).
class StorageError extends Error {
  constructor(m: string) {
    super(m);
    this.name = "disk";
  }
}
try {
  throw new StorageError("caught");
} catch (e) {
  if (e instanceof Error) console.log(e.name, e.message, String(e));
}
function write(block: number): void {
  if (block > 1) throw new StorageError("block " + block + " is read-only");
  console.log("wrote", block);
}
for (let b = 0; b < 3; b++) {
  try {
    write(b);
  } finally {
    console.log("flush", b);
  }
}
