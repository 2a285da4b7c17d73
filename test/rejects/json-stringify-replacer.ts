// JSON.stringify with a replacer function is not supported (pass null).
const xs: number[] = [1, 2];
console.log(JSON.stringify(xs, /*@error TSD2005 replacer*/(k: string, v: number) => v));
