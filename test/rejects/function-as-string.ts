// A function converted to a string (String(f), "" + f, `${f}`) would be its source text under Node: rejected.
const twice = (n: number): number => n * 2;
console.log(String(/*@error TSD2167 function converted to a string*/twice));
