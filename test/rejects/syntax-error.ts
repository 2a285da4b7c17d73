// A syntax error: TypeScript's parser message and position.
const total = (1 + /*@error TS1109 expected*/;
console.log(total);
