// `any` switches the type checker off; tsduino needs a static type for every value.
const value: /*@error TSD2002 any*/any = 5;
console.log(value);
