// A TypeScript type error is reported like TypeScript reports it.
const /*@error TS2322 not assignable*/count: number = "three";
console.log(count);
