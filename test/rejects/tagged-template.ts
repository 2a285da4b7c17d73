// String.raw is the only tagged template.
function tag(parts: TemplateStringsArray, n: number): string {
  return parts.join(String(n));
}
console.log(/*@error TSD2108 tagged templates*/tag`a${1}b`);
