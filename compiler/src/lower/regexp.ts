// Regular expressions: literals and `new RegExp("…", "…")` are compiled at build time (compiler/src/regexp)
// into a PROGMEM bytecode array next to the expression; String members with a RegExp argument map onto the
// runtime's ts::regexp* functions; match results (`m[i]`, `m.groups.name`) onto ts::RegExpMatch. A pattern
// known only at run time is rejected: there is no pattern compiler on the device.
import ts from "typescript";
import { compileRegExp, RegExpSyntaxError, type CompiledRegExp } from "../regexp/index.js";
import type { LowerContext } from "./context.js";
import { diagnosticAt } from "./context.js";
import { cppOf, expr, exprAs, isNonNullOperand, receiver, receiverNode, sequenced, stringReceiverNode, typeOf } from "./expressions.js";
import { printExpr } from "../ir/print.js";
import { call, lit } from "../ir/nodes.js";
import { typeFromSpelling } from "../ir/types.js";
import { checkedMemberReceiver, errorsActive, isRaisingReceiver } from "./errors.js";
import { isUnsoundVariable } from "./errors-variables.js";
import { inlineCallback } from "./functions.js";
import { stringLiteral } from "./literals.js";
import { cppType, hasNullish } from "./types.js";

export const REGEXP_CPP = "ts::Ref<ts::RegExp>";
export const MATCH_CPP = "ts::Ref<ts::RegExpMatch>";

/** C++ types of the library's RegExp types (by the TypeScript symbol name), or undefined. */
export function regexpTypeCpp(name: string, symbol: ts.Symbol, typeArgCpps: () => string[]): string | undefined {
  if (name === "RegExp") return REGEXP_CPP;
  // The `groups` object of a match is the match itself (ts::regexpGroups: undefined without named groups).
  if (name === "RegExpExecArray" || name === "RegExpMatchArray" || isGroupsDeclaration(symbol)) return MATCH_CPP;
  if ((name === "RegExpStringIterator" || name === "IterableIterator" || name === "IteratorObject") && typeArgCpps()[0] === MATCH_CPP) return `ts::Array<${MATCH_CPP}>`;
  return undefined;
}

function isGroupsDeclaration(symbol: ts.Symbol): boolean {
  const decl = symbol.declarations?.[0];
  const owner = decl?.parent;
  return !!owner && ts.isPropertySignature(owner) && owner.name.getText() === "groups" && ts.isInterfaceDeclaration(owner.parent) && /^RegExp(Exec|Match)Array$/.test(owner.parent.name.text);
}

function isGroupsType(ctx: LowerContext, node: ts.Expression): boolean {
  const symbol = ctx.checker.getNonNullableType(typeOf(ctx, node)).getSymbol();
  return !!symbol && isGroupsDeclaration(symbol);
}

function reportAt(ctx: LowerContext, node: ts.Node, offsetInNode: number, message: string): void {
  const d = diagnosticAt(node, "noRegExp", [message], "error");
  if (d.column !== undefined && offsetInNode > 0) {
    d.column += offsetInNode;
    d.length = 1;
  }
  ctx.diagnostics.push(d);
}

function compileAt(ctx: LowerContext, node: ts.Node, source: string, flags: string, sourceOffset: number, flagsOffset: number): CompiledRegExp | undefined {
  try {
    return compileRegExp(source, flags);
  } catch (e) {
    if (!(e instanceof RegExpSyntaxError)) throw e;
    reportAt(ctx, node, e.offset < 0 ? flagsOffset : Math.max(0, sourceOffset + e.offset), e.message);
    return undefined;
  }
}

/** The expression making a new RegExp object over the program (a function-local static array in flash). */
function regexpObject(compiled: CompiledRegExp, source: string, flags: string): string {
  const bytes = Array.from(compiled.program, (b) => `0x${b.toString(16).padStart(2, "0")}`).join(",");
  const program = `[]() -> const uint8_t* { static const uint8_t p[] PROGMEM = {${bytes}}; return p; }()`;
  return `ts::RegExp::literal(${program}, ${stringLiteral(source)}, ${stringLiteral(flags)})`;
}

export function lowerRegExpLiteral(ctx: LowerContext, node: ts.RegularExpressionLiteral): string {
  const text = node.text;
  const slash = text.lastIndexOf("/");
  const source = text.slice(1, slash);
  const flags = text.slice(slash + 1);
  const compiled = compileAt(ctx, node, source, flags, 1, slash + 1);
  return compiled ? regexpObject(compiled, source, flags) : `${REGEXP_CPP}()`;
}

/** `new RegExp(pattern[, flags])` with literal strings (RegExp(re) copies are not supported). */
export function lowerNewRegExp(ctx: LowerContext, node: ts.NewExpression | ts.CallExpression): string {
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const literal = (e: ts.Expression | undefined) => (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e : undefined);
  const pattern = args.length ? literal(args[0]) : undefined;
  const flags = args.length > 1 ? literal(args[1]) : undefined;
  if ((args.length && !pattern) || (args.length > 1 && !flags)) {
    ctx.report(node, "regexpDynamic");
    return `${REGEXP_CPP}()`;
  }
  // A string's pattern text is its value: a diagnostic points into it only when it is written without escapes.
  const source = pattern ? pattern.text : "(?:)";
  const plain = !!pattern && pattern.getText().slice(1, -1) === source;
  const compiled = compileAt(ctx, pattern ?? node, source, flags?.text ?? "", plain ? 1 : -Infinity, 0);
  return compiled ? regexpObject(compiled, source, flags?.text ?? "") : `${REGEXP_CPP}()`;
}

export function isRegExpCpp(ctx: LowerContext, node: ts.Expression): boolean {
  return cppType(ctx, ctx.checker.getNonNullableType(typeOf(ctx, node)), node) === REGEXP_CPP;
}

/** String members called with a RegExp first argument, or undefined when the argument is a string. */
export function regexpStringMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string): string | undefined {
  const args = node.arguments;
  if (!args.length || !isRegExpCpp(ctx, args[0])) return undefined;
  const resultCpp = cppOf(ctx, node);
  // `lines[9].match(re)`: Node's TypeError names the method (catchable in a program with a try).
  const subject = () => printExpr(stringReceiverNode(ctx, object, name, true));
  const call = (fn: string, extra: { node: ts.Expression; cpp: string }[] = []) =>
    sequenced(
      ctx,
      [object, args[0], ...extra.map((e) => e.node)],
      [subject, expr(ctx, args[0]), ...extra.map((e) => exprAs(ctx, e.node, e.cpp))],
      ["ts::String", REGEXP_CPP, ...extra.map((e) => e.cpp)],
      (v) => `ts::${fn}(${v.join(", ")})`,
      resultCpp,
    );
  switch (name) {
    case "match":
      return call("regexpMatch");
    case "matchAll":
      return call("regexpMatchAll");
    case "search":
      return call("regexpSearch");
    case "split":
      return call("regexpSplit", args.length > 1 ? [{ node: args[1], cpp: "double" }] : []);
    case "replace":
    case "replaceAll": {
      const all = name === "replaceAll";
      const replacement = args[1];
      const fnType = ctx.checker.getTypeAtLocation(replacement);
      if (fnType.getCallSignatures().length === 0) return call(all ? "regexpReplaceAll" : "regexpReplace", [{ node: replacement, cpp: "ts::String" }]);
      return replaceWithFunction(ctx, node, object, replacement, all, subject);
    }
  }
  return undefined;
}

/**
 * `s.replace(re, (match, p1, …, offset, string) => …)`: the callback's parameters are filled by position
 * from the match (a parameter typed number gets the offset, strings get the captures or the input).
 */
function replaceWithFunction(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, fn: ts.Expression, all: boolean, subject: () => string): string {
  const signature = ctx.checker.getTypeAtLocation(fn).getCallSignatures()[0];
  const params = signature.getParameters();
  const paramCpps = params.map((p) => cppType(ctx, ctx.checker.getTypeOfSymbolAtLocation(p, fn), fn));
  const callback = inlineCallback(ctx, fn, paramCpps, "ts::String");
  const args = paramCpps.map((cpp, i) => (cpp === "double" ? `_m.replacerNumber(${i})` : `_m.replacerString(${i})`));
  const wrapper = `[&](const ts::RegExpMatch& _m) -> ts::String { auto&& _f = ${callback}; return ts::toString(_f(${args.join(", ")})); }`;
  return sequenced(
    ctx,
    [object, node.arguments[0]],
    [subject, expr(ctx, node.arguments[0])],
    ["ts::String", REGEXP_CPP],
    ([s, re]) => `ts::regexpReplaceFn(${s}, ${re}, ${wrapper}, ${all})`,
    "ts::String",
  );
}

/** `m[i]` on a match result. */
function isGroupsChain(e: ts.Expression): boolean {
  while (ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  return ts.isPropertyAccessExpression(e) && e.name.text === "groups";
}

/** Whether a C++ type is a regular expression match result (RegExpExecArray, RegExpMatchArray). */
export function isRegExpMatchCpp(cpp: string): boolean {
  return cpp === MATCH_CPP;
}

export function regexpMatchElement(ctx: LowerContext, node: ts.ElementAccessExpression, objCpp: string): string | undefined {
  if (objCpp !== MATCH_CPP) return undefined;
  // `re.exec(s)![0]` on a null match: Node's TypeError names the index (m-184-…-83000320).
  const key = ts.isNumericLiteral(node.argumentExpression) ? String(Number(node.argumentExpression.text)) : undefined;
  const recv = key !== undefined ? matchReceiver(ctx, node.expression, key) : receiver(ctx, node.expression);
  return sequenced(ctx, [node.expression, node.argumentExpression], [recv, exprAs(ctx, node.argumentExpression, "double")], [MATCH_CPP, "double"], ([m, i]) => `${m}->get(${i})`, "ts::String");
}

/**
 * `m.groups.name`, `m.groups?.name`, `m.groups!.name`, `m.groups["name"]` on a match result, `g.name` on a
 * groups object kept in a variable, and `m.groups` itself.
 */
export function regexpGroupAccess(ctx: LowerContext, node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node) && node.name.text === "groups" && isGroupsType(ctx, node)) {
    return node.questionDotToken ? `ts::regexpGroupsOf(${expr(ctx, node.expression)})` : `ts::regexpGroups(${matchReceiver(ctx, node.expression, "groups")})`;
  }
  const name0 = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isStringLiteral(node.argumentExpression) ? node.argumentExpression.text : undefined;
  if (name0 !== undefined && isGroupsType(ctx, node.expression) && !isGroupsChain(node.expression)) return `${receiver(ctx, node.expression)}->group(${stringLiteral(name0)})`;
  let groups: ts.Expression = node.expression;
  while (ts.isNonNullExpression(groups) || ts.isParenthesizedExpression(groups)) groups = groups.expression;
  if (!ts.isPropertyAccessExpression(groups) || groups.name.text !== "groups") return undefined;
  const match = groups.expression;
  if (cppType(ctx, ctx.checker.getNonNullableType(typeOf(ctx, match)), match) !== MATCH_CPP) return undefined;
  let name: string | undefined;
  if (ts.isPropertyAccessExpression(node)) name = node.name.text;
  else if (ts.isStringLiteral(node.argumentExpression)) name = node.argumentExpression.text;
  if (name === undefined) return undefined;
  // `m?.groups…`: a nullish match gives undefined.
  if (groups.questionDotToken) return `ts::regexpGroupOf(${expr(ctx, match)}, ${stringLiteral(name)})`;
  // `m.groups!.q` where m is null at run time (`re.exec(s)!`): inside a try, Node's TypeError is catchable.
  return `${matchReceiver(ctx, match, "groups")}->group(${stringLiteral(name)})`;
}

/**
 * The match of `m.groups…` or `m[0]`. Where it may be null at run time although its type says otherwise
 * (`re.exec(s)!`, or a variable given one), Node's TypeError names the member ('groups', '0'), and a try
 * catches it (m-730-…-77001466).
 */
function matchReceiver(ctx: LowerContext, match: ts.Expression, memberName: string): string {
  const value = receiverNode(ctx, match);
  const raising = errorsActive(ctx) && isRaisingReceiver(ctx, match);
  if (!raising && !isNonNullOperand(match) && !isUnsoundVariable(ctx.checker, match) && !isDeclaredMatch(ctx, match)) return printExpr(value);
  const typed = value.type ? value : { ...value, type: typeFromSpelling(MATCH_CPP) };
  return printExpr(checkedMemberReceiver(ctx, match, typed, memberName, false) ?? call("ts::member", [typed, call("PSTR", [lit(`"${memberName}"`)])], typed.type));
}

/**
 * A parameter or a field declared as a match (`function f(m: RegExpMatchArray)`, `box.m`): a caller may have
 * given it `s.match(re)!` on no match, so a read through it has Node's TypeError ("reading 'groups'") even where
 * no try reaches. A local variable declared `RegExpMatchArray | null` and narrowed is not one.
 */
function isDeclaredMatch(ctx: LowerContext, match: ts.Expression): boolean {
  let inner = match;
  while (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner)) inner = inner.expression;
  const symbol = ts.isIdentifier(inner) ? ctx.symbolOf(inner) : ts.isPropertyAccessExpression(inner) ? ctx.checker.getSymbolAtLocation(inner.name) : undefined;
  const decl = symbol?.valueDeclaration;
  if (!decl || !(ts.isParameter(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl) || ts.isPropertyAssignment(decl))) return false;
  const declared = ctx.checker.getTypeOfSymbolAtLocation(symbol!, decl);
  return !hasNullish(declared);
}

const REGEXP_METHODS = new Set(["test", "exec", "toString"]);
const REGEXP_PROPERTIES = new Set(["lastIndex", "source", "flags", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky", "hasIndices"]);
const MATCH_METHODS = new Set(["slice", "join", "includes", "indexOf"]);
const MATCH_PROPERTIES = new Set(["index", "input", "length", "groups"]);

/** Reports a member of RegExp or of a match result that the runtime does not have (true when reported). */
export function unsupportedRegExpMember(ctx: LowerContext, name: ts.Identifier | ts.PrivateIdentifier, objCpp: string, call: boolean): boolean {
  const text = name.text;
  if (objCpp === REGEXP_CPP && !(call ? REGEXP_METHODS : REGEXP_PROPERTIES).has(text)) {
    ctx.report(name, "unsupportedMember", text, "RegExp", `supported: ${[...REGEXP_METHODS, ...REGEXP_PROPERTIES].join(", ")}`);
    return true;
  }
  if (objCpp === MATCH_CPP && !(call ? MATCH_METHODS : MATCH_PROPERTIES).has(text)) {
    ctx.report(name, "unsupportedMember", text, "a match result", `supported: m[i], ${[...MATCH_PROPERTIES, ...MATCH_METHODS].join(", ")}; m.slice() copies it into an array`);
    return true;
  }
  return false;
}
