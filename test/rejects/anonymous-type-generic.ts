// An anonymous object type that mentions a type parameter would be a C++ template: declare a generic interface.
function wrap<T>(value: T): /*@error TSD2281 type parameter*/{ value: T } {
  return { value };
}
console.log(wrap(3).value);
