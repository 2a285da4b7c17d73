// A TypeScript type error is reported like TypeScript reports it.
const /*@error not assignable*/count: number = "three";
console.log(count);
