// `with` is not allowed in strict mode code (every module is strict); TypeScript itself reports it.
const point = { x: 1, y: 2 };
/*@error TS1101 with*/with (point) {
  console.log(x);
}
