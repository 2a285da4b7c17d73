// Unions and narrowing. A union of primitive types (`number | string`, `string | boolean | undefined`) is a
// `ts::Prim` (runtime/core/ts_union.h): a tag and the value. A union of object types (classes, interfaces,
// object type aliases: `Circle | Square`) is a `ts::Ref` to the members' nearest common C++ base class, or
// `ts::Ref<ts::Object>` when there is none; every record already carries its `ClassInfo` (the per-type id
// instanceof uses), so object unions add no field and no RTTI. TypeScript's flow narrowing decides the
// representation at each use: a narrowed read converts (`x.as<double>()`, `ts::Ref<Circle>(s)`), and the
// tests that narrow (`typeof`, `in`, `instanceof`, a discriminant compared with `===` or `switch`, a user
// type guard) are ordinary boolean expressions over the tag or the ClassInfo chain.
import ts from "typescript";
import { needDynamicCodecs } from "./object-codecs.js";
import type { LowerContext } from "./context.js";
import { cppTypeOf, cppIdentifier, isNullishType, symbolCpp } from "./types.js";
import { type CppType, named, refTo, printType, typeFromSpelling, className } from "../ir/types.js";
import { expr, storageExpr, cppOf, typeOf, convert, hasSideEffects, withStatements, temporary, firstInStatement } from "./expressions.js";
import { stringLiteral } from "./literals.js";
import { isUnsoundOperand } from "./errors-members.js";
import { caughtHereCheck } from "./errors.js";

export const PRIM = "ts::Prim";
const PRIM_T = named(PRIM);
printType(PRIM_T);
export const MIXED = "ts::Mixed";
const MIXED_T = named(MIXED);
printType(MIXED_T);

const PRIMITIVE = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike;

function isRecordType(ctx: LowerContext, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.Object) || ctx.checker.isArrayType(t) || t.getCallSignatures().length) return false;
  const symbol = t.aliasSymbol ?? t.getSymbol();
  const decl = symbol?.declarations?.[0];
  if (!symbol || !decl || ctx.isRuntimeFile(decl.getSourceFile().fileName)) return false;
  return !!(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias | ts.SymbolFlags.TypeLiteral));
}

/** The members of a union of object types (without null/undefined), or undefined for any other type. */
export function objectUnionMembers(ctx: LowerContext, t: ts.Type): ts.Type[] | undefined {
  if (!t.isUnion()) return undefined;
  const members = t.types.filter((m) => !isNullishType(m));
  return members.length > 1 && members.every((m) => isRecordType(ctx, m)) ? members : undefined;
}

/**
 * The C++ type of a union without null/undefined members (types.ts asks before rejecting a union), or
 * undefined when it has no representation (then types.ts reports it).
 */
export function unionTypeOf(ctx: LowerContext, t: ts.UnionType, at: ts.Node): CppType | undefined {
  const members = t.types.filter((m) => !isNullishType(m));
  if (members.every((m) => m.flags & PRIMITIVE)) return PRIM_T;
  // Function types of one C++ signature (`(() => void) | (() => void)`) are that closure type.
  if (members.every((m) => m.getCallSignatures().length === 1 && !isRecordType(ctx, m))) {
    const fns = new Set(members.map((m) => printType(cppTypeOf(ctx, m, at))));
    if (fns.size === 1) return typeFromSpelling([...fns][0]);
  }
  if (members.every((m) => m.flags & PRIMITIVE || isRecordType(ctx, m))) {
    if (members.some((m) => m.flags & PRIMITIVE)) {
      for (const m of members) if (!(m.flags & PRIMITIVE)) cppTypeOf(ctx, m, at); // reports an unsupported member
      needDynamicCodecs(ctx);
      return MIXED_T;
    }
  } else return undefined;
  const base = commonBase(ctx, members, at)?.cpp;
  if (!base) needDynamicCodecs(ctx);
  return base ?? refTo("ts::Object");
}

/** The nearest C++ base class every member derives from (or is). */
function commonBase(ctx: LowerContext, members: ts.Type[], at: ts.Node): { cpp: CppType; type: ts.Type } | undefined {
  const chains = members.map((m) => baseChain(ctx, m, at));
  const common = chains[0].find((c) => chains.every((chain) => chain.some((b) => b.cpp === c.cpp)));
  return common && { cpp: typeFromSpelling(common.cpp), type: common.type };
}

/** A record's C++ type and its C++ base classes', nearest first (as declarations.ts derives them). */
function baseChain(ctx: LowerContext, t: ts.Type, at: ts.Node): { cpp: string; type: ts.Type }[] {
  const chain: { cpp: string; type: ts.Type }[] = [];
  for (let current: ts.Type | undefined = t; current && chain.length < 32; ) {
    const cpp = cppTypeOf(ctx, current, at);
    if (cpp.kind !== "ref") break;
    chain.push({ cpp: printType(cpp), type: current });
    const symbol: ts.Symbol | undefined = current.aliasSymbol ?? current.getSymbol();
    const decl: ts.Declaration | undefined = symbol?.declarations?.find((d: ts.Declaration) => ts.isClassDeclaration(d) || ts.isInterfaceDeclaration(d));
    if (!decl || !(ts.isClassDeclaration(decl) || ts.isInterfaceDeclaration(decl))) break;
    const clauses: readonly ts.HeritageClause[] = decl.heritageClauses ?? [];
    const base: ts.ExpressionWithTypeArguments | undefined = clauses.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0] ?? (ts.isClassDeclaration(decl) ? clauses.find((h: ts.HeritageClause) => h.token === ts.SyntaxKind.ImplementsKeyword)?.types[0] : undefined);
    current = base && ctx.checker.getTypeAtLocation(base);
  }
  return chain;
}

/** Whether a C++ type is a tagged union value (ts::Prim, ts::Mixed). */
export function isUnionCpp(cpp: string): boolean {
  return cpp === PRIM || cpp === MIXED;
}

// ---- conversions -------------------------------------------------------------------------------------------

/** A conversion into or out of a primitive union (convert() asks first), or undefined for other types. */
export function convertUnion(text: string, from: string, to: string): string | undefined {
  const [f, t] = [typeFromSpelling(from), typeFromSpelling(to)];
  if (f.kind === "array" && t.kind === "array" && ((f.element.kind === "ref" && t.element.kind === "ref") || printType(f.element) === PRIM) && from !== to) return `ts::castElements<${printType(t.element)}>(${text})`;
  if (to === MIXED && from !== MIXED && from !== "ts::Null" && from !== "ts::Undefined") return `ts::Mixed(${text})`;
  if ((from === PRIM || from === MIXED) && to !== from) return `${text}.as<${to}>()`;
  if (to === PRIM && from !== PRIM && from !== "ts::Null" && from !== "ts::Undefined") return `ts::Prim(${text})`;
  return undefined;
}

/**
 * The receiver of a field read on a variable narrowed to a subclass or union member (`m.celsius` after
 * `m.kind === "temp"`): a plain pointer to the member class instead of a counted `ts::Ref<TempMsg>(m)`.
 */
export function narrowedReceiver(ctx: LowerContext, node: ts.Expression): string | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const symbol = ctx.symbolOf(node);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return undefined;
  const declared = typeFromSpelling(symbolCpp(ctx, symbol, node));
  const narrowed = typeFromSpelling(cppOf(ctx, node));
  if (declared.kind !== "ref" || narrowed.kind !== "ref" || printType(declared) === printType(narrowed)) return undefined;
  return `ts::narrowPtr<${className(narrowed)}>(${storageExpr(ctx, node)})`;
}

// ---- member access on an object union ------------------------------------------------------------------------

/** Members ordered so that a subclass is tested before its base (a Circle is also instanceOf its base). */
export function dispatchOrder(ctx: LowerContext, members: ts.Type[], at: ts.Node): { type: ts.Type; cls: string }[] {
  return members
    .map((m) => ({ type: m, chain: baseChain(ctx, m, at) }))
    .sort((a, b) => b.chain.length - a.chain.length)
    .map((m) => ({ type: m.type, cls: refClass(m.chain[0].cpp) }));
}

function refClass(refCpp: string): string {
  const t = typeFromSpelling(refCpp);
  return t.kind === "ref" ? className(t) : refCpp;
}

/** How a record member reads: a field, or an accessor (a getter, or an interface classes implement). */
function memberRead(ctx: LowerContext, prop: ts.Symbol): string {
  const name = cppIdentifier(prop.name);
  const decl = prop.valueDeclaration ?? prop.declarations?.[0];
  if (prop.flags & ts.SymbolFlags.GetAccessor || (decl && ts.isGetAccessor(decl))) return `get_${name}()`;
  if (decl && ts.isPropertySignature(decl) && ts.isInterfaceDeclaration(decl.parent)) {
    const owner = ctx.checker.getSymbolAtLocation(decl.parent.name);
    if (owner && ctx.abstractRecords.has(owner)) return `get_${name}()`;
  }
  return name;
}

/** The C++ class that declares a member (for a member every union member inherits from one declaration). */
function ownerClass(ctx: LowerContext, decl: ts.Declaration, at: ts.Node): string | undefined {
  const owner = decl.parent;
  if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(owner.name);
  if (!symbol) return undefined;
  const cpp = cppTypeOf(ctx, ctx.checker.getDeclaredTypeOfSymbol(symbol), at);
  return cpp.kind === "ref" ? className(cpp) : undefined;
}

/**
 * `u.name` where `u` is a union of object types not narrowed to one member: the member's field read through
 * the class that declares it, or (when the members declare it separately, as a discriminant `kind` is) a test
 * of the object's ClassInfo per member. Undefined when the receiver is no object union.
 */
export function unionPropertyAccess(ctx: LowerContext, node: ts.PropertyAccessExpression, asLvalue: boolean): string | undefined {
  const members = objectUnionMembers(ctx, ctx.checker.getNonNullableType(typeOf(ctx, node.expression)));
  if (!members) return undefined;
  const name = node.name.text;
  const props = members.map((m) => ctx.checker.getPropertyOfType(m, name));
  if (props.some((p) => !p)) return undefined; // TypeScript reported it
  const decls = props.map((p) => p!.valueDeclaration ?? p!.declarations?.[0]);
  if (props.some((p) => p!.flags & ts.SymbolFlags.Method)) {
    ctx.report(node, "unionMethodValue", name);
    return "0";
  }
  const resultCpp = cppOf(ctx, node);
  // One declaration inherited by every member: read it through its class, no dispatch.
  if (decls.every((d) => d && d === decls[0])) {
    const owner = ownerClass(ctx, decls[0]!, node);
    if (owner) {
      const object = expr(ctx, node.expression);
      const access = `ts::Ref<${owner}>(${node.expression.kind === ts.SyntaxKind.ThisKeyword ? object : `ts::member(${object}, PSTR("${name}"))`})->${memberRead(ctx, props[0]!)}`;
      return asLvalue ? access : convert(access, symbolCpp(ctx, props[0]!, node), resultCpp);
    }
  }
  const order = dispatchOrder(ctx, members, node);
  if (asLvalue) {
    // A plain field of one C++ type in every member: the selected member's field, through its address.
    const fields = order.map(({ type }) => ctx.checker.getPropertyOfType(type, name)!);
    const cpps = new Set(fields.map((f) => symbolCpp(ctx, f, node)));
    if (cpps.size !== 1 || fields.some((f) => memberRead(ctx, f) !== cppIdentifier(name)) || hasSideEffects(node.expression)) {
      ctx.report(node, "unionPropertyWrite", name);
      return "_";
    }
    const r = expr(ctx, node.expression);
    let text = `&ts::Ref<${order[order.length - 1].cls}>(${r})->${cppIdentifier(name)}`;
    for (let i = order.length - 2; i >= 0; i--) text = `ts::instanceOf<${order[i].cls}>(${r}) ? &ts::Ref<${order[i].cls}>(${r})->${cppIdentifier(name)} : ${text}`;
    return `(*(${text}))`;
  }
  const receiverText = (): string => {
    const text = expr(ctx, node.expression);
    if (ts.isIdentifier(node.expression) || node.expression.kind === ts.SyntaxKind.ThisKeyword) return text;
    return temporary(ctx, cppOf(ctx, node.expression), text, "u");
  };
  const read = (r: string, i: number): string => {
    const { type, cls } = order[i];
    const prop = ctx.checker.getPropertyOfType(type, name)!;
    // The last member is read when no test matched, also when the handle is undefined at run time: Node's
    // TypeError names the member.
    const handle = i === order.length - 1 && node.expression.kind !== ts.SyntaxKind.ThisKeyword ? `ts::member(${r}, PSTR("${name}"))` : r;
    const text = convert(`ts::narrowPtr<${cls}>(${handle})->${memberRead(ctx, prop)}`, symbolCpp(ctx, prop, node), resultCpp);
    return resultCpp.startsWith("ts::") && i < order.length - 1 ? `${resultCpp}(${text})` : text;
  };
  // A ClassInfo test per member but the last (a subclass before its base, dispatchOrder).
  const chain = (r: string): string => {
    let text = read(r, order.length - 1);
    for (let i = order.length - 2; i >= 0; i--) text = `(ts::instanceOf<${order[i].cls}>(${r}) ? ${read(r, i)} : ${text})`;
    return text;
  };
  if (ts.isIdentifier(node.expression) || node.expression.kind === ts.SyntaxKind.ThisKeyword) return chain(expr(ctx, node.expression));
  return withStatements(ctx, resultCpp, () => chain(receiverText()));
}

/** A method called on an object union: C++ needs the members' common base to declare it (virtual dispatch). */
export function checkUnionMethodCall(ctx: LowerContext, callee: ts.PropertyAccessExpression, report = true): boolean {
  const members = objectUnionMembers(ctx, ctx.checker.getNonNullableType(typeOf(ctx, callee.expression)));
  if (!members) return true;
  const base = commonBase(ctx, members, callee);
  if (base && ctx.checker.getPropertyOfType(base.type, callee.name.text)) return true;
  if (report) ctx.report(callee.name, "unionMethodCall", callee.name.text);
  return false;
}

// ---- object literals into a union ---------------------------------------------------------------------------

/** The union member an object literal builds (`const s: Shape = { kind: "circle", r: 1 }`), else `target`. */
export function literalTarget(ctx: LowerContext, node: ts.ObjectLiteralExpression, target: ts.Type): ts.Type {
  const members = objectUnionMembers(ctx, target);
  if (!members) return target;
  const own = typeOf(ctx, node);
  return members.find((m) => ctx.checker.isTypeAssignableTo(own, m)) ?? target;
}

// ---- typeof ------------------------------------------------------------------------------------------------

type TypeofName = "number" | "string" | "boolean" | "undefined" | "object" | "function";

function typeofName(ctx: LowerContext, t: ts.Type): TypeofName {
  if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return "undefined";
  if (t.flags & ts.TypeFlags.Null) return "object";
  if (t.flags & ts.TypeFlags.NumberLike) return "number";
  if (t.flags & ts.TypeFlags.StringLike) return "string";
  if (t.flags & ts.TypeFlags.BooleanLike) return "boolean";
  return t.getCallSignatures().length ? "function" : "object";
}

function typeofNames(ctx: LowerContext, t: ts.Type): Set<TypeofName> {
  return new Set((t.isUnion() ? t.types : [t]).map((m) => typeofName(ctx, m)));
}

/** The operand's value with its nullish state (the declared storage, as `x === undefined` tests it). */
function operandText(ctx: LowerContext, operand: ts.Expression): { text: () => string; cpp: string } {
  const inner = skipParens(operand);
  if (ts.isIdentifier(inner)) {
    const symbol = ctx.symbolOf(inner);
    const decl = symbol?.valueDeclaration;
    if (symbol && decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return { text: () => storageExpr(ctx, inner), cpp: symbolCpp(ctx, symbol, inner) };
  }
  return { text: () => expr(ctx, inner), cpp: cppOf(ctx, inner) };
}

function skipParens(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? skipParens(node.expression) : node;
}

/** `typeof x` as a string value. */
export function typeofExpression(ctx: LowerContext, node: ts.TypeOfExpression): string {
  const names = typeofNames(ctx, typeOf(ctx, node.expression));
  const operand = operandText(ctx, node.expression);
  if (names.size === 1) {
    const value = stringLiteral([...names][0]);
    return hasSideEffects(node.expression) ? `((void)(${operand.text()}), ${value})` : value;
  }
  const { cpp } = operand;
  const text = operand.text();
  if (cpp === PRIM || cpp === MIXED) return `ts::typeOf(${text})`;
  const t = typeOf(ctx, node.expression);
  const members = t.isUnion() ? t.types : [t];
  const kind = typeofName(ctx, members.find((m) => !(m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void))) ?? t);
  const undefinedPart = members.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) ? `ts::isUndefined(${text}) ? ${stringLiteral("undefined")} : ` : "";
  const nullPart = members.some((m) => m.flags & ts.TypeFlags.Null) && kind !== "object" ? `ts::isNull(${text}) ? ${stringLiteral("object")} : ` : "";
  return `(${undefinedPart}${nullPart}${stringLiteral(kind)})`;
}

/** `typeof x === "number"` (or `!==`, either side): a test of the union's tag, or a constant. */
export function typeofComparison(ctx: LowerContext, left: ts.Expression, right: ts.Expression, negate: boolean): string | undefined {
  const [test, literal] = ts.isTypeOfExpression(skipParens(left)) ? [skipParens(left) as ts.TypeOfExpression, skipParens(right)] : ts.isTypeOfExpression(skipParens(right)) ? [skipParens(right) as ts.TypeOfExpression, skipParens(left)] : [undefined, undefined];
  if (!test || !literal || !ts.isStringLiteralLike(literal)) return undefined;
  const wanted = literal.text;
  const names = typeofNames(ctx, typeOf(ctx, test.expression));
  const operand = operandText(ctx, test.expression);
  const not = negate ? "!" : "";
  // Decided by the static type: a constant (the operand still runs for its side effects).
  const constant = !names.has(wanted as TypeofName) ? negate : names.size === 1 ? !negate : undefined;
  if (constant !== undefined) return hasSideEffects(test.expression) ? `((void)(${operand.text()}), ${constant})` : `${constant}`;
  const { cpp } = operand;
  const text = operand.text();
  if (cpp === PRIM || cpp === MIXED) {
    const tests: Record<string, string> = { number: "isNumber()", string: "isString()", boolean: "isBoolean()", undefined: "isUndefinedState()", object: "isNullState()" };
    if (cpp === MIXED && wanted === "object") return `${negate ? "!" : ""}(${text}.isObject() || ${text}.isNullState())`;
    return `${not}${text}.${tests[wanted]}`;
  } else if (wanted === "undefined") return `${not}ts::isUndefined(${text})`;
  else if (wanted === "object" && names.size === 2 && names.has("undefined")) return `${negate ? "" : "!"}ts::isUndefined(${text})`;
  else if (wanted === "object") return `${not}ts::isNull(${text})`;
  else return `${negate ? "" : "!"}ts::isNullish(${text})`;
}

/**
 * `"name" in v` where v may be undefined at run time although its type says otherwise: an element read, `x!`, a
 * variable given one (errors-members.ts), or a variable declared nullable that an assignment narrowed.
 */
function mayBeMissing(ctx: LowerContext, e: ts.Expression): boolean {
  if (isUnsoundOperand(e, ctx.checker)) return true;
  const inner = skipParens(e);
  if (!ts.isIdentifier(inner)) return false;
  const decl = ctx.checker.getSymbolAtLocation(inner)?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name)) return false;
  const declared = ctx.checker.getTypeAtLocation(decl.name);
  return (declared.isUnion() ? declared.types : [declared]).some(isNullishType);
}

// ---- in ----------------------------------------------------------------------------------------------------

/** Whether `"name" in u` narrows an object union (the only `in` tsduino accepts). */
export function isUnionIn(ctx: LowerContext, node: ts.BinaryExpression): boolean {
  return ts.isStringLiteralLike(skipParens(node.left)) && !!objectUnionMembers(ctx, ctx.checker.getNonNullableType(typeOf(ctx, node.right)));
}

/**
 * The key Node names when `v` is undefined in a statement testing several keys of it (`console.log("a" in v,
 * "b" in v)`): the first test in source order. C++ leaves the order of a call's arguments open, so every check
 * of the same variable in one statement carries that first key (m-761-…-95000063).
 */
function firstInKey(ctx: LowerContext, node: ts.BinaryExpression, key: string): string {
  const right = skipParens(node.right);
  if (!ts.isIdentifier(right)) return key;
  const symbol = ctx.checker.getSymbolAtLocation(right);
  const testsSymbol = (n: ts.Node): n is ts.BinaryExpression => {
    if (!ts.isBinaryExpression(n) || n.operatorToken.kind !== ts.SyntaxKind.InKeyword || !ts.isStringLiteralLike(skipParens(n.left))) return false;
    const r = skipParens(n.right);
    return ts.isIdentifier(r) && ctx.checker.getSymbolAtLocation(r) === symbol;
  };
  const first = firstInStatement(node, testsSymbol);
  return first ? (skipParens(first.left) as ts.StringLiteral).text : key;
}

/** `"radius" in s`: true for the members that declare the property (a test of the ClassInfo chain). */
export function unionIn(ctx: LowerContext, node: ts.BinaryExpression): string {
  const name = (skipParens(node.left) as ts.StringLiteral).text;
  const members = objectUnionMembers(ctx, ctx.checker.getNonNullableType(typeOf(ctx, node.right)))!;
  const having = members.filter((m) => ctx.checker.getPropertyOfType(m, name));
  if (having.some((m) => ctx.checker.getPropertyOfType(m, name)!.flags & ts.SymbolFlags.Optional)) {
    ctx.report(node, "unionInOptional", name);
    return "false";
  }
  const text = expr(ctx, node.right);
  const missing = mayBeMissing(ctx, node.right);
  if (having.length === 0 && !missing) return hasSideEffects(node.right) ? `((void)(${text}), false)` : "false";
  const classes = dispatchOrder(ctx, having, node).map((m) => m.cls);
  const tests = (r: string) => (classes.length ? classes.map((c) => `ts::instanceOf<${c}>(${r})`).join(" || ") : "false");
  // Node's TypeError where the value is undefined at run time although its type says otherwise (uncaught, as a
  // member read through it is outside a try): `active = configs[0.5]; "ssid" in active` went on with false
  // (m-304-in-narrowing-77000550).
  // The name as C string text: a key of any characters ("😀x", a quote) is V8's message too.
  const quoted = firstInKey(ctx, node, name).replace(/[\\"]/g, "\\$&").replace(/[^\x20-\x7e]/gu, (c) => [...Buffer.from(c, "utf8")].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join(""));
  const texts = (r: string) => `${r}.isNullState() ? PSTR("TypeError: Cannot use 'in' operator to search for '${quoted}' in null") : PSTR("TypeError: Cannot use 'in' operator to search for '${quoted}' in undefined")`;
  const message = (r: string) => `(TSD_UNLIKELY(!${r}.isLive()) ? ts::uncaught(${texts(r)}) : (void)0)`;
  // Inside a try block of this function the TypeError is Node's catchable one (`try { "k" in active }`).
  const caught = missing ? caughtHereCheck(ctx) : undefined;
  if (missing) {
    const checked = (r: string) => (caught ? `bool(({ if (TSD_UNLIKELY(!${r}.isLive())) { ts::raiseRuntime(${texts(r)}); ${caught} } ${tests(r)}; }))` : `(${message(r)}, ${tests(r)})`);
    if (ts.isIdentifier(skipParens(node.right))) return checked(text);
    return withStatements(ctx, "bool", () => checked(temporary(ctx, cppOf(ctx, node.right), text, "u")));
  }
  const build = tests;
  if (ts.isIdentifier(skipParens(node.right)) || classes.length === 1) return classes.length === 1 ? build(text) : `(${build(text)})`;
  return withStatements(ctx, "bool", () => `(${build(temporary(ctx, cppOf(ctx, node.right), text, "u"))})`);
}
