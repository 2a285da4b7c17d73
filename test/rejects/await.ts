// Top-level await is not supported (no event loop to suspend on); `export {}` makes this file a module so
// that TypeScript itself accepts the await.
export {};
const p: Promise<number> = Promise.resolve(1);
const v = /*@error TSD2106 await*/await p;
console.log(v);
