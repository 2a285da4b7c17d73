// Assigning a property through a union whose members give it different C++ types.
class Meter {
  value = 0;
}
class Label {
  value = "";
}
function pick(i: number): Meter | Label {
  return i === 0 ? new Meter() : new Label();
}
const m = pick(0);
/*@error TSD2302 assigning 'value'*/m.value = m instanceof Meter ? 1 : "one";
console.log(m instanceof Meter ? m.value : m.value);
