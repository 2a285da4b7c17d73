// C++ types as data. Lowering computes a CppType from the TypeScript checker (lower/types.ts) and reads its
// structure (an array's element type, a closure's signature, a Map's key and value types) from the data; the
// C++ spelling is only printed. Every printed spelling is remembered with its structure, so a spelling that
// lowering still passes around as text (the `to` of a conversion) leads back to its data without parsing.

export type ScalarName = "double" | "ts::Num" | "float" | "bool" | "int8_t" | "int16_t" | "int32_t" | "int64_t" | "uint8_t" | "uint16_t" | "uint32_t" | "uint64_t";

export type CppType =
  | { readonly kind: "void" }
  | { readonly kind: "scalar"; readonly name: ScalarName }
  | { readonly kind: "string" }
  | { readonly kind: "uint8array" }
  | { readonly kind: "array"; readonly element: CppType }
  | { readonly kind: "map"; readonly key: CppType; readonly value: CppType }
  | { readonly kind: "set"; readonly element: CppType }
  | { readonly kind: "opt"; readonly inner: CppType }
  /** A refcounted user class or record: ts::Ref<name<args>>. */
  | { readonly kind: "ref"; readonly name: string; readonly args: readonly CppType[] }
  /** A closure: ts::Fn<ret(params)>. */
  | { readonly kind: "fn"; readonly ret: CppType; readonly params: readonly CppType[] }
  /** The types of the literals `null` and `undefined`. */
  | { readonly kind: "null" }
  | { readonly kind: "undefined" }
  /** A C++ type known only by name: a library class (WiFiClient), IPAddress, a template parameter (T). */
  | { readonly kind: "named"; readonly name: string };

export const VOID: CppType = { kind: "void" };
export const DOUBLE: CppType = { kind: "scalar", name: "double" };
export const BOOL: CppType = { kind: "scalar", name: "bool" };
export const INT32: CppType = { kind: "scalar", name: "int32_t" };
export const STRING: CppType = { kind: "string" };
export const UINT8ARRAY: CppType = { kind: "uint8array" };
export const NULL_T: CppType = { kind: "null" };
export const UNDEFINED_T: CppType = { kind: "undefined" };

export const scalar = (name: ScalarName): CppType => ({ kind: "scalar", name });
export const arrayOf = (element: CppType): CppType => ({ kind: "array", element });
export const mapOf = (key: CppType, value: CppType): CppType => ({ kind: "map", key, value });
export const setOf = (element: CppType): CppType => ({ kind: "set", element });
export const refTo = (name: string, args: readonly CppType[] = []): CppType => ({ kind: "ref", name, args });
export const fnOf = (ret: CppType, params: readonly CppType[]): CppType => ({ kind: "fn", ret, params });
export const named = (name: string): CppType => ({ kind: "named", name });

/** `T | undefined` of a scalar is ts::Opt<T>; handles (strings, arrays, refs, closures) have their own nullish state. */
export function optional(inner: CppType): CppType {
  // ts::Prim and ts::Mixed (unions, lower/unions.ts) carry null and undefined themselves.
  const nullableValue = inner.kind === "named" && (inner.name === "ts::Prim" || inner.name === "ts::Mixed");
  return isHandle(inner) || inner.kind === "opt" || nullableValue ? inner : { kind: "opt", inner };
}

/** A refcounted runtime handle (ts::String, ts::Array<T>, ts::Ref<C> ...): nullable without ts::Opt. */
export function isHandle(t: CppType): boolean {
  return t.kind === "string" || t.kind === "uint8array" || t.kind === "array" || t.kind === "map" || t.kind === "set" || t.kind === "ref" || t.kind === "fn" || t.kind === "null" || t.kind === "undefined";
}

const spellings = new Map<string, CppType>();

/** The C++ spelling of a type (remembered with its structure, see typeOfSpelling). */
export function printType(t: CppType): string {
  const text = spell(t);
  if (!spellings.has(text)) spellings.set(text, t);
  return text;
}

function spell(t: CppType): string {
  switch (t.kind) {
    case "void": return "void";
    case "scalar": return t.name;
    case "string": return "ts::String";
    case "uint8array": return "ts::Uint8Array";
    case "array": return `ts::Array<${printType(t.element)}>`;
    case "map": return `ts::Map<${printType(t.key)}, ${printType(t.value)}>`;
    case "set": return `ts::Set<${printType(t.element)}>`;
    case "opt": return `ts::Opt<${printType(t.inner)}>`;
    case "ref": return `ts::Ref<${className(t)}>`;
    case "fn": return `ts::Fn<${printType(t.ret)}(${t.params.map(printType).join(", ")})>`;
    case "null": return "ts::Null";
    case "undefined": return "ts::Undefined";
    case "named": return t.name;
  }
}

/** The class a ts::Ref names, with its template arguments (`Box<double>`); `suffix` goes on the name (`Box_object<double>`). */
export function className(t: Extract<CppType, { kind: "ref" }>, suffix = ""): string {
  return `${t.name}${suffix}${t.args.length ? `<${t.args.map(printType).join(", ")}>` : ""}`;
}

for (const t of [VOID, DOUBLE, BOOL, INT32, STRING, UINT8ARRAY, NULL_T, UNDEFINED_T, ...(["ts::Num", "float", "int8_t", "int16_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t"] as ScalarName[]).map(scalar)]) printType(t);

/** The structure of a spelling printed by printType (undefined for text that was never a printed type). */
export function typeOfSpelling(text: string): CppType | undefined {
  return spellings.get(text);
}

/** The element type of an array/Set spelling, the key and value of a Map's; undefined for anything else. */
export function elementOf(t: CppType | undefined): CppType | undefined {
  if (!t) return undefined;
  if (t.kind === "array" || t.kind === "set") return t.element;
  if (t.kind === "uint8array") return DOUBLE;
  return undefined;
}

/** Spellings looked up that no CppType printed (a development check: it should stay empty). */
export const unknownSpellings = new Set<string>();

/** The data of a spelling lowering passes around as text; a spelling never printed is an opaque named type. */
export function typeFromSpelling(text: string): CppType {
  const t = spellings.get(text);
  if (!t) unknownSpellings.add(text);
  return t ?? named(text);
}

export function isScalar(t: CppType): t is Extract<CppType, { kind: "scalar" }> {
  return t.kind === "scalar";
}

export function isInteger(t: CppType): boolean {
  return t.kind === "scalar" && t.name !== "double" && t.name !== "ts::Num" && t.name !== "float" && t.name !== "bool";
}

/** The unsigned integer type of the same width (uint32_t for int32_t). */
export function unsignedOf(name: ScalarName): ScalarName {
  return (name.startsWith("u") ? name : `u${name}`) as ScalarName;
}

/** The class name a ts::Ref spelling refers to (`Box<double>` for ts::Ref<Box<double>>), with an optional suffix on the name. */
export function refClassName(text: string, suffix = ""): string | undefined {
  const t = typeFromSpelling(text);
  return t.kind === "ref" ? className(t, suffix) : undefined;
}

/** The kind of a type lowering passes as its spelling (array, map, opt, ref, fn ...). */
export function kindOf(text: string): CppType["kind"] {
  return typeFromSpelling(text).kind;
}
