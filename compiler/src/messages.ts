// Every diagnostic the compiler itself reports, with a stable code. TypeScript's own errors keep their TS
// code and are reported as TSD1xxxx-free "TS<code>" messages by compile.ts.
export const Messages = {
  typescriptError: { code: 1000, text: "{0}" },
  unsupportedSyntax: { code: 2001, text: "not supported by tsduino: {0}", hint: "{1}" },
  anyType: { code: 2002, text: "the type 'any' is not supported", hint: "give the value a precise type" },
  unsupportedType: { code: 2003, text: "the type '{0}' is not supported here", hint: "{1}" },
  unsupportedCast: { code: 2004, text: "cast from '{0}' to '{1}' is not supported", hint: "casts cannot change a value's representation; convert the value explicitly" },
  unsupportedCall: { code: 2005, text: "not supported by tsduino: '{0}'", hint: "{1}" },
  unsupportedMember: { code: 2006, text: "'{0}' is not supported on {1}", hint: "{2}" },
  computedAccess: { code: 2007, text: "computed property access with a non-literal key is not supported on {0}", hint: "use a Map<string, T> for dynamic keys" },
  throwNonError: { code: 2008, text: "only 'throw new Error(message)' is supported", hint: "throw an Error with a message" },
  printfMismatch: { code: 2009, text: "printf format '{0}': {1}", hint: "match each % conversion with one argument of the right type" },
  consoleLogObject: { code: 2010, text: "console.log of a value of type '{0}' is not supported", hint: "console.log prints strings, numbers, booleans, null and undefined; use .join(\", \") or String(...)" },
  libraryObjectPlace: { code: 2011, text: "a '{0}' object can only be created as a module-level const", hint: "write `const x = new {0}(...)` at the top level, as an Arduino sketch declares a global object" },
  structuralMismatch: { code: 2012, text: "a value of type '{0}' cannot be used as '{1}'", hint: "tsduino types are nominal: declare `class ... implements {1}` or build the value as an object literal of that type" },
  unionOfObjects: { code: 2013, text: "the union type '{0}' is not supported", hint: "use a common base class or interface" },
  insecureWarning: { code: 2014, text: "{0}", hint: "" },
  libraryConstructorArgument: { code: 2015, text: "a library object's constructor argument must be known before setup(): a literal, a module-level constant or another module-level library object", hint: "declare the value as a top-level const, or configure the object in setup()" },
} as const;

export type MessageId = keyof typeof Messages;

export function format(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? "");
}
