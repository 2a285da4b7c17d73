// A tuple with an optional element: tuples are records with a fixed set of fields.
function parse(line: string): /*@error TSD2284 optional or rest*/[string, number?] {
  const parts = line.split("=");
  return parts.length > 1 ? [parts[0], Number(parts[1])] : [parts[0]];
}
console.log(parse("a=1")[0]);
