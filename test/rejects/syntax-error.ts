// A syntax error: TypeScript's parser message and position.
const total = (1 + /*@error expected*/;
console.log(total);
