// An uncaught error whose class name does not contain its `name` is reported by Node as "Failure [Error]: …"
// (util.inspect's improveStack; compare corpus 462).
class Failure extends Error {}
const f = new Failure("disk full");
console.log(String(f), f.message);
throw f;
