// TypeScript types → C++ types (see docs/runtime-api.md for the table). Unrepresentable types are reported
// at the node that needs them and mapped to a placeholder so lowering can go on collecting diagnostics.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { type CppType, type ScalarName, printType, scalar, arrayOf, mapOf, setOf, refTo, fnOf, named, optional, DOUBLE, BOOL, STRING, UINT8ARRAY, VOID } from "../ir/types.js";
import { regexpTypeCpp, REGEXP_CPP, MATCH_CPP } from "./regexp.js";
import { unionTypeOf } from "./unions.js";
import { iteratorTypeCpp } from "./stdlib.js";
import { errorTypeCpp, isCatchVariable } from "./errors.js";
import { isAnonymousRecordType, anonymousRecordCpp, sameRecordUnion } from "./records.js";
import { tupleRecordCpp } from "./tuples.js";

// The runtime's RegExp types (regexp.ts spells them): known as data from the start.
for (const t of [refTo("ts::RegExp"), refTo("ts::RegExpMatch"), arrayOf(refTo("ts::RegExpMatch"))]) printType(t);

export const FIXED_WIDTH: Record<string, string> = {
  i8: "int8_t", i16: "int16_t", i32: "int32_t", i64: "int64_t",
  u8: "uint8_t", u16: "uint16_t", u32: "uint32_t", u64: "uint64_t",
  f32: "float", f64: "double", bool: "bool", isize: "int32_t", usize: "uint32_t",
};

export function isNullishType(t: ts.Type): boolean {
  return (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
}

/** The type without null/undefined members. */
export function nonNullable(ctx: LowerContext, t: ts.Type): ts.Type {
  return ctx.checker.getNonNullableType(t);
}

export function hasNullish(t: ts.Type): boolean {
  if (isNullishType(t)) return true;
  return t.isUnion() && t.types.some(isNullishType);
}

export function isStringType(t: ts.Type): boolean {
  if (t.isUnion()) return t.types.every((m) => isStringType(m) || isNullishType(m)) && t.types.some(isStringType);
  return (t.flags & ts.TypeFlags.StringLike) !== 0;
}

export function isNumberType(t: ts.Type): boolean {
  if (t.isUnion()) return t.types.every((m) => isNumberType(m) || isNullishType(m)) && t.types.some(isNumberType);
  return (t.flags & ts.TypeFlags.NumberLike) !== 0;
}

export function isBooleanType(t: ts.Type): boolean {
  if (t.flags & ts.TypeFlags.BooleanLike) return true;
  if (t.isUnion()) return t.types.every((m) => isBooleanType(m) || isNullishType(m)) && t.types.some(isBooleanType);
  return false;
}

/** The fixed-width alias name (i32, u8 ...) a type was written with, if any. */
export function fixedWidthName(t: ts.Type): string | undefined {
  const alias = t.aliasSymbol?.name;
  if (alias && alias in FIXED_WIDTH) return alias;
  return undefined;
}

/** C++ scalar type of a primitive TS type (no nullish), or undefined when it is not a scalar. */
function scalarCpp(t: ts.Type): CppType | undefined {
  const fixed = fixedWidthName(t);
  if (fixed) return scalar(FIXED_WIDTH[fixed] as ScalarName);
  if (isBooleanType(t)) return BOOL;
  if (t.flags & ts.TypeFlags.EnumLike && t.flags & ts.TypeFlags.StringLike) return undefined;
  if (isNumberType(t)) return DOUBLE;
  return undefined;
}

/** The union without its null/undefined members (unlike getNonNullableType, no NonNullable<T> for type parameters). */
function withoutNullish(checker: ts.TypeChecker, t: ts.Type): ts.Type {
  if (!t.isUnion()) return t;
  const rest = t.types.filter((m) => !isNullishType(m));
  if (rest.length === 1) return rest[0];
  return checker.getNonNullableType(t);
}

/** Whether a C++ type is a handle (refcounted, with its own null/undefined states). */
export function isHandleCpp(cpp: string): boolean {
  return cpp.startsWith("ts::") && !cpp.startsWith("ts::Opt<");
}

export { printType, typeOfSpelling, elementOf, type CppType } from "../ir/types.js";

/** The C++ spelling of a TypeScript type (printed from cppTypeOf's data). */
export function cppType(ctx: LowerContext, t: ts.Type, at: ts.Node): string {
  return printType(cppTypeOf(ctx, t, at));
}

/** The C++ type of a TypeScript type, as data. */
export function cppTypeOf(ctx: LowerContext, t: ts.Type, at: ts.Node): CppType {
  const checker = ctx.checker;
  if (t.flags & ts.TypeFlags.Void) return VOID;
  // `m.get(k)?.()` on a `() => void` value has the type `void | undefined`: no value either way.
  if (t.isUnion() && t.types.some((m) => m.flags & ts.TypeFlags.Void) && t.types.every((m) => m.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined))) return VOID;
  if (t.flags & ts.TypeFlags.Any) {
    ctx.report(at, "anyType");
    return DOUBLE;
  }
  // `null | undefined` (a value narrowed by `typeof v !== "number"`): no value but its nullish state either.
  if (t.isUnion() && t.types.every(isNullishType)) return { kind: "opt", inner: BOOL };
  const nullable = hasNullish(t) && !isNullishType(t);
  const base = nullable ? withoutNullish(checker, t) : t;
  if (nullable && base.flags & ts.TypeFlags.TypeParameter) return { kind: "opt", inner: cppTypeOf(ctx, base, at) };
  if (isNullishType(base)) return { kind: "opt", inner: BOOL }; // the type `null` or `undefined` alone
  const scalarType = scalarCpp(base);
  if (scalarType) return nullable ? optional(scalarType) : scalarType;
  return handleCpp(ctx, base, at);
}

function handleCpp(ctx: LowerContext, t: ts.Type, at: ts.Node): CppType {
  const checker = ctx.checker;
  if (isStringType(t)) return STRING;
  if (t.flags & ts.TypeFlags.TypeParameter) {
    if ((t as ts.TypeParameter & { isThisType?: boolean }).isThisType) {
      const constraint = checker.getBaseConstraintOfType(t);
      if (constraint) return cppTypeOf(ctx, constraint, at);
    }
    return named(t.symbol.name);
  }
  if (t.flags & ts.TypeFlags.Never) return DOUBLE; // only the element type of `[]`, never a value
  if (t.flags & ts.TypeFlags.Unknown) {
    if (isCatchVariable(ctx, at)) return refTo("ts::Error");  // `catch (e)`: always an Error (errors.ts)
    ctx.report(at, "unknownType");
    return DOUBLE;
  }
  if (checker.isTupleType(t)) return tupleRecordCpp(ctx, t, at) ?? DOUBLE;
  if (checker.isArrayType(t)) {
    const [element] = checker.getTypeArguments(t as ts.TypeReference);
    return arrayOf(cppTypeOf(ctx, element, at));
  }
  const sameRecord = t.isUnion() ? sameRecordUnion(ctx, t, at) : undefined;  // records.ts
  if (sameRecord) return sameRecord;
  if (t.isUnion()) {
    const union = unionTypeOf(ctx, t, at);
    if (union) return union;
    ctx.report(at, "unionOfObjects", checker.typeToString(t));
    return STRING;
  }
  const symbol = t.aliasSymbol && !(t.getSymbol()) ? t.aliasSymbol : t.getSymbol();
  if (!symbol) {
    ctx.report(at, "anonymousObjectType", checker.typeToString(t));
    return DOUBLE;
  }
  const name = symbol.name;
  // A class's own type reference also carries its `this` type as a last argument: keep the declared ones.
  const declaredCount = (t as ts.TypeReference).target?.typeParameters?.length ?? 0;
  const args = t.flags & ts.TypeFlags.Object && (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference ? checker.getTypeArguments(t as ts.TypeReference).slice(0, declaredCount) : [];
  const decl = symbol.declarations?.[0];
  const lib = decl && ctx.isRuntimeFile(decl.getSourceFile().fileName);
  if (lib) {
    switch (name) {
      case "Uint8Array": return UINT8ARRAY;
      case "Map": return mapOf(cppTypeOf(ctx, args[0], at), cppTypeOf(ctx, args[1], at));
      case "Set": return setOf(cppTypeOf(ctx, args[0], at));
      case "String": return STRING;
      case "Number": return DOUBLE;
      case "Boolean": return BOOL;
      case "IPAddress": return named("IPAddress");
    }
    const error = errorTypeCpp(name);
    if (error) return error;
    const regexp = regexpTypeCpp(name, symbol, () => args.map((a) => cppType(ctx, a, at)));
    if (regexp) return regexp === REGEXP_CPP ? refTo("ts::RegExp") : regexp === MATCH_CPP ? refTo("ts::RegExpMatch") : arrayOf(refTo("ts::RegExpMatch"));
    const iterator = iteratorTypeCpp(name, () => cppTypeOf(ctx, args[0], at));  // keys()/values(): arrays (stdlib.ts)
    if (iterator) return iterator;
    const library = ctx.libraryOf(decl);
    // A callback type written in a library's typings (`isr: () => void`) is a ts::Fn, not a library class.
    if (library && !(symbol.flags & ts.SymbolFlags.TypeLiteral)) {
      ctx.usedLibraries.add(library);
      return named(library.names[name] ?? name);
    }
  }
  // An anonymous object type is a record of its shape (records.ts).
  if (isAnonymousRecordType(checker, t)) return anonymousRecordCpp(ctx, t, at) ?? DOUBLE;
  if (symbol.flags & ts.SymbolFlags.TypeLiteral && t.aliasSymbol && checker.getSignaturesOfType(t, ts.SignatureKind.Call).length === 0) {
    const cpp = refTo(qualifiedName(ctx, t.aliasSymbol));
    const text = printType(cpp);
    if (!ctx.typeOfCpp.has(text)) ctx.typeOfCpp.set(text, t);
    return cpp;
  }
  const signatures = checker.getSignaturesOfType(t, ts.SignatureKind.Call);
  if (signatures.length === 1 && (symbol.flags & (ts.SymbolFlags.TypeLiteral | ts.SymbolFlags.Function | ts.SymbolFlags.Method) || (t as ts.ObjectType).objectFlags & ts.ObjectFlags.Anonymous)) {
    return fnTypeOf(ctx, signatures[0], at);
  }
  if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeLiteral) && !lib) {
    if (symbol.flags & ts.SymbolFlags.TypeLiteral) {
      ctx.report(at, "anonymousObjectType", checker.typeToString(t));
      return DOUBLE;
    }
    const cpp = refTo(qualifiedName(ctx, symbol), args.map((a) => cppTypeOf(ctx, a, at)));
    const text = printType(cpp);
    if (!ctx.typeOfCpp.has(text)) ctx.typeOfCpp.set(text, t);
    return cpp;
  }
  if (symbol.flags & ts.SymbolFlags.ObjectLiteral) {
    ctx.report(at, "anonymousObjectType", checker.typeToString(t));
    return DOUBLE;
  }
  ctx.report(at, "unsupportedType", checker.typeToString(t), "use number, string, boolean, arrays, Map, Set, classes or interfaces");
  return DOUBLE;
}

export function fnCpp(ctx: LowerContext, sig: ts.Signature, at: ts.Node): string {
  return printType(fnTypeOf(ctx, sig, at));
}

/** A signature as a closure type: ts::Fn<R(A...)>. */
export function fnTypeOf(ctx: LowerContext, sig: ts.Signature, at: ts.Node): CppType {
  const ret = cppTypeOf(ctx, sig.getReturnType(), at);
  const params = sig.getParameters().map((p) => {
    const cpp = cppTypeOf(ctx, ctx.checker.getTypeOfSymbol(p), at);
    const decl = p.valueDeclaration;
    // An optional parameter (`x?: T` or `x = v`) may be passed undefined.
    const isOptional = decl && ts.isParameter(decl) && (decl.questionToken || decl.initializer);
    return isOptional ? optional(cpp) : cpp;
  });
  return fnOf(ret, params);
}

/** The C++ type a fixed-width annotation (`i32`, `u8[]`, `f32 | undefined`) asks for, if any. */
export function annotatedCpp(ctx: LowerContext, node: ts.TypeNode | undefined): string | undefined {
  const t = annotatedTypeOf(ctx, node);
  return t && printType(t);
}

export function annotatedTypeOf(ctx: LowerContext, node: ts.TypeNode | undefined): CppType | undefined {
  if (!node) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return annotatedTypeOf(ctx, node.type);
  if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
    const name = node.typeName.text;
    const decl = ctx.checker.getSymbolAtLocation(node.typeName)?.declarations?.[0];
    if (name in FIXED_WIDTH && decl && ctx.isRuntimeFile(decl.getSourceFile().fileName)) return scalar(FIXED_WIDTH[name] as ScalarName);
    if (name === "Array" && node.typeArguments?.length === 1) {
      const element = annotatedTypeOf(ctx, node.typeArguments[0]);
      return element ? arrayOf(element) : undefined;
    }
    return undefined;
  }
  if (ts.isArrayTypeNode(node)) {
    const element = annotatedTypeOf(ctx, node.elementType);
    return element ? arrayOf(element) : undefined;
  }
  if (ts.isUnionTypeNode(node)) {
    const rest = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) && t.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (rest.length !== 1) return undefined;
    const inner = annotatedTypeOf(ctx, rest[0]);
    return inner && optional(inner);
  }
  return undefined;
}

/** The C++ type a variable, parameter or property is stored as: its fixed-width annotation, an inferred int32, or its TS type. */
export function symbolCpp(ctx: LowerContext, symbol: ts.Symbol, at: ts.Node): string {
  return printType(symbolTypeOf(ctx, symbol, at));
}

export function symbolTypeOf(ctx: LowerContext, symbol: ts.Symbol, at: ts.Node): CppType {
  const decl = symbol.valueDeclaration;
  if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl))) {
    const annotated = annotatedTypeOf(ctx, decl.type);
    if (annotated) return ts.isParameter(decl) && decl.questionToken ? optional(annotated) : annotated;
    if (ctx.inferredInt.has(symbol)) return scalar("int32_t");
    if (ctx.numSymbols.has(symbol)) return scalar("ts::Num");
    if (ctx.numArraySymbols.has(symbol)) return arrayOf(scalar("ts::Num"));
    const aliased = ts.isVariableDeclaration(decl) && !decl.type ? fixedArrayOf(ctx, decl.initializer) : undefined;
    if (aliased) return aliased;
    const element = !ts.isPropertyDeclaration(decl) && !ts.isPropertySignature(decl) ? fixedElementOf(ctx, decl) : undefined;
    if (element) return element;
  }
  return cppTypeOf(ctx, ctx.checker.getTypeOfSymbol(symbol), at);
}

/**
 * The fixed-width array type (`i32[]` …) an unannotated variable's initializer already has: `const b = a` with
 * `a: i32[]` is the same array, not a converted copy (TypeScript's `i32` is `number`, so b's own type says number[]).
 */
function fixedArrayOf(ctx: LowerContext, init: ts.Expression | undefined): CppType | undefined {
  const t = init && fixedTypeOfExpression(ctx, init);
  return t && holdsFixedWidth(t) ? t : undefined;
}

/** The fixed-width type an expression has by its declarations: a name, a member, a call's return, an element of those. */
export function fixedTypeOfExpression(ctx: LowerContext, init: ts.Expression): CppType | undefined {
  while (ts.isParenthesizedExpression(init) || ts.isNonNullExpression(init)) init = init.expression;
  if (ts.isIdentifier(init) || ts.isPropertyAccessExpression(init)) {
    const symbol = ctx.symbolOf(ts.isPropertyAccessExpression(init) ? init.name : init);
    const decl = symbol?.valueDeclaration;
    if (symbol && decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl))) return symbolTypeOf(ctx, symbol, init);
  } else if (ts.isCallExpression(init)) {
    const decl = ctx.checker.getResolvedSignature(init)?.getDeclaration();
    if (decl && !ctx.isRuntimeFile(decl.getSourceFile().fileName)) return annotatedTypeOf(ctx, decl.type);
    // `xs.slice()`, `grid.filter(…)` of an `i32[]` / `i32[][]` are arrays of the same element type, as in
    // AssemblyScript (g++ has no conversion between array types).
    if (ts.isPropertyAccessExpression(init.expression) && SAME_ARRAY_METHODS.has(init.expression.name.text)) {
      const receiver = fixedTypeOfExpression(ctx, init.expression.expression);
      if (holdsFixedWidth(receiver)) return receiver;
    }
  } else if (ts.isElementAccessExpression(init)) {
    const outer = fixedTypeOfExpression(ctx, init.expression);
    return outer?.kind === "array" ? outer.element : undefined;
  }
  return undefined;
}

/**
 * The fixed-width array an unannotated element variable holds: `for (const row of rows)` and the element
 * parameter of `rows.map((row) => …)` with `rows: i32[][]`.
 */
function fixedElementOf(ctx: LowerContext, decl: ts.VariableDeclaration | ts.ParameterDeclaration): CppType | undefined {
  if (decl.type || !ts.isIdentifier(decl.name)) return undefined;
  let source: ts.Expression | undefined;
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent)) {
    source = decl.parent.parent.expression;
  } else if (ts.isParameter(decl) && (ts.isArrowFunction(decl.parent) || ts.isFunctionExpression(decl.parent))) {
    const fn = decl.parent;
    const call = fn.parent;
    const index = fn.parameters.indexOf(decl);
    if (ts.isCallExpression(call) && call.arguments[0] === fn && ts.isPropertyAccessExpression(call.expression)) {
      const method = call.expression.name.text;
      const elementParams = method === "sort" ? [0, 1] : ELEMENT_CALLBACKS.has(method) ? [0] : [];
      if (elementParams.includes(index)) source = call.expression.expression;
    }
  }
  const outer = source && fixedTypeOfExpression(ctx, source);
  const element = outer?.kind === "array" ? outer.element : undefined;
  return element && holdsFixedWidth(element) ? element : undefined;
}

const SAME_ARRAY_METHODS = new Set(["slice", "filter", "concat", "reverse", "sort", "splice", "fill", "copyWithin", "toReversed", "toSorted"]);

/** An array with fixed-width elements at some depth: `i32[]`, `u8[][]`. */
export function holdsFixedWidth(t: CppType | undefined): boolean {
  return t?.kind === "array" && (isFixedWidthArray(t) || holdsFixedWidth(t.element));
}

const ELEMENT_CALLBACKS = new Set(["map", "forEach", "filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every", "flatMap"]);

/** How a user wrote an array's C++ element type: `i32[]`, `u8[]`, `number[]` (for diagnostics). */
export function arraySpelling(t: CppType): string {
  if (t.kind === "array" && t.element.kind === "array") return `${arraySpelling(t.element)}[]`;
  if (t.kind !== "array" || t.element.kind !== "scalar") return printType(t);
  const name = t.element.name;
  const fixed = Object.keys(FIXED_WIDTH).find((k) => FIXED_WIDTH[k] === name && k !== "f64" && k !== "isize" && k !== "usize");
  return `${name === "double" || name === "ts::Num" ? "number" : name === "bool" ? "boolean" : fixed ?? name}[]`;
}

/** An array whose elements are a fixed-width scalar other than f64 (which is a double, like number). */
export function isFixedWidthArray(t: CppType | undefined): boolean {
  return t?.kind === "array" && t.element.kind === "scalar" && t.element.name !== "double" && t.element.name !== "ts::Num" && t.element.name !== "bool";
}

/** C++ name of a user declaration, qualified with its module's namespace when it is not the entry module. */
export function qualifiedName(ctx: LowerContext, symbol: ts.Symbol): string {
  const decl = symbol.declarations?.[0];
  if (!decl) return symbol.name;
  const ns = ctx.namespaceOf.get(decl.getSourceFile());
  return ns ? `${ns}::${cppIdentifier(symbol.name)}` : cppIdentifier(symbol.name);
}

const CPP_KEYWORDS = new Set(
  ("alignas alignof and and_eq asm auto bitand bitor bool break case catch char char16_t char32_t class compl const constexpr " +
    "const_cast continue decltype default delete do double dynamic_cast else enum explicit export extern false float for friend goto if " +
    "inline int long mutable namespace new noexcept not not_eq nullptr operator or or_eq private protected public register " +
    "reinterpret_cast return short signed sizeof static static_assert static_cast struct switch template this thread_local throw true " +
    "try typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq main ts std NULL errno assert " +
    "abs min max round floor ceil log exp sqrt sin cos tan pow random isnan isinf signbit fmod trunc time index " +
    "nan nanf nanl inf div ldiv rand srand free malloc calloc realloc exit abort atoi atof atol strtod strtol printf sprintf " +
    "snprintf puts putchar getchar signal raise clock y0 y1 yn j0 j1 jn gamma lgamma tgamma erf erfc hypot cbrt log2 log10 log1p " +
    "expm1 asin acos atan atan2 sinh cosh tanh asinh acosh atanh remainder copysign fabs frexp ldexp modf fmin fmax fdim " +
    "strlen strcmp strcpy memcpy memset memcmp stdin stdout stderr EOF FILE size_t delay millis micros setup loop " +
    "constrain sq radians degrees bit lowByte highByte map word boolean byte PI HALF_PI TWO_PI DEG_TO_RAD RAD_TO_DEG EULER " +
    "HIGH LOW INPUT OUTPUT INPUT_PULLUP LED_BUILTIN DEC HEX OCT BIN Serial String Print Stream interrupts noInterrupts " +
    "isDigit isAlpha isSpace tone noTone pulseIn shiftIn shiftOut attachInterrupt detachInterrupt M_PI M_E INFINITY " +
    "near far unix linux i386 major minor " +
    // Function-like macros of the Arduino/ESP8266 headers: `class F` declares a constructor `F()`.
    "F FPSTR PSTR PROGMEM BIT NOW bitClear bitRead bitSet bitWrite digitalPinToInterrupt digitalPinToPort digitalPinToBitMask " +
    "clockCyclesPerMicrosecond clockCyclesToMicroseconds microsecondsToClockCycles zalloc")
    .split(" "),
);

/** A TS identifier as a C++ identifier (C++ keywords and clashes with C library names get a trailing `_`). */
export function cppIdentifier(name: string): string {
  // A private name `#count` is its own member, apart from a `count` of the same class.
  const safe = name.replace(/\$/g, "_S").replace(/^#/, "_p_");
  return CPP_KEYWORDS.has(safe) ? `${safe}_` : safe;
}

/** An object literal's own anonymous type (`{ mode: string }`), or an array of them. */
export function isAnonymousObjectType(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (checker.isArrayType(t)) return isAnonymousObjectType(checker, checker.getTypeArguments(t as ts.TypeReference)[0]);
  const symbol = t.getSymbol();
  return !t.aliasSymbol && !!symbol && (symbol.flags & ts.SymbolFlags.ObjectLiteral) !== 0;
}

/** The C++ field of an interface's object-literal record that holds a property (`read_fn` for a method signature,
 *  whose name is the override calling it). */
export function objectFieldName(prop: ts.Symbol): string {
  const pd = prop.valueDeclaration;
  return pd && ts.isMethodSignature(pd) ? `${cppIdentifier(prop.name)}_fn` : cppIdentifier(prop.name);
}
