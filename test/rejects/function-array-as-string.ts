// An array of functions converted to a string joins the functions' source texts under Node: rejected.
const fns: (() => number)[] = [() => 1, () => 2];
console.log(String(/*@error TSD2167 function converted to a string*/fns));
