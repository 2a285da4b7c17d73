// async functions are not supported yet.
/*@error TSD2119 async*/async function later(): Promise<number> {
  return 1;
}
console.log(typeof later);
