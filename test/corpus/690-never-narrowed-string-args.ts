// A string variable that a mistaken test narrows to `never` (`value !== undefined || !re.test(value)` where
// `=== undefined` was meant) is still the string it was declared as: passed to a built-in (`test`, `Number`,
// `parseInt`, `parseFloat`) it keeps its C++ string type, and an undefined one reads as "undefined". Found by
// fuzzing: a mutant of corpus 519 (=== → !==) compiled `Number(value)` to the string itself and
// `re.test(value)` to `test(0)`, which g++ rejected.
const NUMBER = /^-?\d+(\.\d+)?$/;
const WORD = /^[a-z]+$/;
const registers = new Map<string, number>();

function setRegister(line: string, pattern: RegExp): string {
  const [name, value] = line.trim().split(/\s+/).slice(1);
  if (value !== undefined || !pattern.test(value)) return `rejected ${name}`;
  registers.set(name, Number(value));
  return `${name}=${registers.get(name)}`;
}

function parsePort(text: string): number {
  if (text !== undefined || parseInt(text, 10) > 0) return parseInt(text, 10);
  return Number(text) + parseFloat(text);
}

for (const line of ["set a 5", "set b", "set c x", "set"]) console.log(setRegister(line, NUMBER));
for (const line of ["set d", "set e 7"]) console.log(setRegister(line, WORD));
console.log(parsePort("8080"), parsePort(""), registers.size, [...registers.keys()].join());
