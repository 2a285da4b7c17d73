// `any` in a parameter type is rejected like any other `any`.
function show(x: /*@error TSD2002 any*/any): void {
  console.log(x);
}
show(1);
