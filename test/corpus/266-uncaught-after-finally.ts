// An error that no catch handles still runs the finally blocks on its way out, then ends the program
// with the uncaught error.
class StorageError extends Error {
  constructor(m: string) {
    super(m);
    this.name = "StorageError";
  }
}
function write(block: number): void {
  if (block > 2) throw new StorageError("block " + block + " is read-only");
  console.log("wrote", block);
}
function writeAll(): void {
  for (let b = 0; b < 5; b++) {
    try {
      write(b);
    } finally {
      console.log("flush", b);
    }
  }
}
try {
  writeAll();
} finally {
  console.log("unmount");
}
console.log("never printed");
