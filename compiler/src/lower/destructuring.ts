// Destructuring: `const { a, b: { c }, d = 5, ...rest } = o`, `const [first, , third = 0, ...others] = xs`, the
// same patterns in parameters and for-of, and assignment patterns (`[a, b] = [b, a]`, `({ x, y } = p)`). The
// source is evaluated once into a temporary, then each element is read in source order (JavaScript's order:
// property, then its default when the property is undefined, then the binding), as C++ statements.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppType, cppIdentifier, symbolCpp, isHandleCpp } from "./types.js";
import { expr, exprAs, cppOf, convert, temporary, withStatements, lvalueNode, accessorOf, receiver, typeOf, accessorFunction } from "./expressions.js";
import { kindOf, typeFromSpelling, printType, optional, refClassName } from "../ir/types.js";
import { line, type Stmt } from "../ir/nodes.js";
import { printExpr, printStmts } from "../ir/print.js";
import { tupleFieldName, isTupleRecordCpp } from "./tuples.js";
import { isRegExpMatchCpp } from "./regexp.js";
import { checkedBinding, handlerCheck, nestedPatternCheck } from "./errors.js";
import { destructuringSourceCheck, assignmentSourceCheck, checkedArrayPattern, directArrayPatternSource, directArrayPatternCheck } from "./errors-destructuring.js";

/** How a bound name is introduced: a new local, an assignment to a module global, or an existing target. */
type Mode = "local" | "global";

/** A value being destructured: its C++ text (a temporary or a stable name), type and TypeScript type. */
interface Source {
  text: string;
  cpp: string;
  type: ts.Type;
  /** `x ?? {}`: the record x, or (when x is nullish) no properties at all. */
  orEmpty?: boolean;
}

class Emitter {
  readonly stmts: Stmt[] = [];
  constructor(readonly ctx: LowerContext) {}
  emit(text: string): void {
    this.stmts.push(line(text));
  }
  /** A temporary holding `text` (skipped when the text is already a plain name). */
  hold(text: string, cpp: string, prefix = "d"): string {
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return text;
    const name = this.ctx.temp(prefix);
    this.ctx.temporaries.add(name);
    this.emit(`${cpp === "ts::Null" || cpp === "ts::Undefined" ? "auto" : cpp} ${name} = ${text};`);
    return name;
  }
}

/** `const <pattern> = init;` (or a module-level one, whose names are globals declared by module.ts). */
export function destructuringDeclaration(ctx: LowerContext, d: ts.VariableDeclaration, global: boolean): Stmt[] {
  const pattern = d.name as ts.BindingPattern;
  if (!d.initializer) return [];
  let init = d.initializer;
  // `const { a = 1 } = maybe ?? {}`: the record or nothing; every property of nothing is undefined.
  const orEmpty = emptyFallback(init);
  if (orEmpty) init = orEmpty;
  const cpp = sourceCpp(ctx, init);
  const lowered = ctx.hoisting(init, () => exprAs(ctx, init, cpp));
  const out = new Emitter(ctx);
  out.stmts.push(...lowered.lines);
  const text = out.hold(lowered.value, cpp);
  for (const check of destructuringSourceCheck(ctx, d, text, cpp)) out.emit(check);
  bindPattern(ctx, out, pattern, { text, cpp, type: orEmpty ? ctx.checker.getNonNullableType(typeOf(ctx, init)) : typeOf(ctx, init), orEmpty: !!orEmpty }, global ? "global" : "local");
  return [line(printStmts(out.stmts))];
}

/** The left side of `x ?? {}` / `x || {}` (an empty object literal as the fallback), else undefined. */
function emptyFallback(init: ts.Expression): ts.Expression | undefined {
  let e = init;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (!ts.isBinaryExpression(e) || (e.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken && e.operatorToken.kind !== ts.SyntaxKind.BarBarToken)) return undefined;
  let right = e.right;
  while (ts.isParenthesizedExpression(right)) right = right.expression;
  return ts.isObjectLiteralExpression(right) && right.properties.length === 0 ? e.left : undefined;
}

/** The C++ type a destructured initialiser is held in: its own type (a tuple literal as its tuple record). */
function sourceCpp(ctx: LowerContext, init: ts.Expression): string {
  return cppOf(ctx, init);
}

/** A parameter written as a pattern: the argument arrives as `name` of type `cpp`; the bindings follow. */
export function destructuringParameter(ctx: LowerContext, p: ts.ParameterDeclaration, argName: string): string[] {
  const cpp = cppType(ctx, ctx.checker.getTypeAtLocation(p), p);
  const out = new Emitter(ctx);
  // The prologue is lowered before the function's own scope is entered: a getter's test returns from this function.
  ctx.withScope({ ...ctx.scope, returnType: returnsVoid(ctx, p.parent) ? "void" : "auto" }, () => {
    for (const check of parameterSourceCheck(ctx, p, argName, cpp)) out.emit(check);
  });
  ctx.withScope({ ...ctx.scope, returnType: returnsVoid(ctx, p.parent) ? "void" : "auto" }, () => bindPattern(ctx, out, p.name as ts.BindingPattern, { text: argName, cpp, type: ctx.checker.getTypeAtLocation(p) }, "local"));
  return out.stmts.length ? [printStmts(out.stmts)] : [];
}

/**
 * `function show({ name }: Gauge)` called with undefined (`show(gauges[9])`): V8's "Cannot destructure property
 * 'name' of 'undefined' as it is undefined." ("Cannot read properties of undefined (reading 'name')" when that
 * property has a default; "Cannot destructure 'undefined' …" for `{ ...rest }`), catchable where a try block
 * reaches the function (errors.ts), else uncaught. Not for a parameter with a default, or one that may be null
 * (V8 names null differently).
 */
function parameterSourceCheck(ctx: LowerContext, p: ts.ParameterDeclaration, argName: string, cpp: string): string[] {
  if (!ts.isObjectBindingPattern(p.name) || p.initializer || p.questionToken || kindOf(cpp) !== "ref" || !/^[A-Za-z_]\w*$/.test(argName)) return [];
  const type = ctx.checker.getTypeAtLocation(p);
  if ((type.isUnion() ? type.types : [type]).some((t) => (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0)) return [];
  const first = p.name.elements[0];
  const key = first && !first.dotDotDotToken ? propertyKey(first.propertyName ?? first.name) : undefined;
  if (first && !first.dotDotDotToken && key === undefined) return [];
  // Only where a try reaches the function: elsewhere the handle's own test stops the program.
  const test = nestedPatternCheck(ctx, p);
  if (!test) return [];
  const caught = "Caught";
  const lines = first?.initializer && key !== undefined
    ? [`ts::member${caught}(${argName}, PSTR(${JSON.stringify(key)}));`]
    : [`ts::destructure${caught}(${argName}, ${key === undefined ? "nullptr" : `PSTR(${JSON.stringify(key)})`}, PSTR("undefined"));`];
  return [...lines, test];
}

/** Whether a function-like returns nothing (in C++ `return;`): a constructor, a setter, a `void` result. */
function returnsVoid(ctx: LowerContext, fn: ts.SignatureDeclaration): boolean {
  if (ts.isConstructorDeclaration(fn) || ts.isSetAccessor(fn)) return true;
  const signature = ctx.checker.getSignatureFromDeclaration(fn);
  const ret = signature ? ctx.checker.getReturnTypeOfSignature(signature) : undefined;
  return !ret || (ret.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined)) !== 0;
}

/** The C++ type of a pattern parameter's argument. */
export function patternParameterCpp(ctx: LowerContext, p: ts.ParameterDeclaration): string {
  return cppType(ctx, ctx.checker.getTypeAtLocation(p), p);
}

/** A for-of variable written as a pattern: each element (`item` of type `cpp`) is destructured at the top of the body. */
export function destructuringLoopVariable(ctx: LowerContext, pattern: ts.BindingPattern, item: string, cpp: string, type: ts.Type): Stmt[] {
  const out = new Emitter(ctx);
  bindPattern(ctx, out, pattern, { text: item, cpp, type }, "local");
  return out.stmts;
}

function bindPattern(ctx: LowerContext, out: Emitter, pattern: ts.BindingPattern, source: Source, mode: Mode): void {
  if (ts.isObjectBindingPattern(pattern)) {
    const used: string[] = [];
    for (const e of pattern.elements) {
      if (e.dotDotDotToken) {
        objectRest(ctx, out, e, source, used, mode);
        continue;
      }
      const key = propertyKey(e.propertyName ?? e.name);
      if (key === undefined) {
        ctx.report(e, "destructuringComputedKey");
        continue;
      }
      used.push(key);
      const value = propertyValue(ctx, e, source, key);
      if (!value) continue;
      // A getter that may throw: read, then tested (errors-getters.ts).
      const check = checkedBinding(ctx, e);
      if (check) {
        value.text = out.hold(value.text, value.cpp);
        out.emit(check);
      }
      bindElement(ctx, out, e, value, mode);
    }
    return;
  }
  // `const [[x]] = rows` with rows[0] undefined at run time: Node's TypeError, catchable where a try reaches it.
  // Where no try reaches, only a nested pattern's or a declaration's source keeps Node's message (a parameter's or
  // a for-of variable's is an argument or element, undefined only through an unsound value: the handle's own test).
  const test = (kindOf(source.cpp) === "array" || isTupleRecordCpp(ctx, source.cpp)) && checkedArrayPattern(ctx.checker, pattern) ? nestedPatternCheck(ctx, pattern) : undefined;
  // `const { a: [x] } = o` with o.a undefined: V8 names the outer source ("Cannot destructure property
  // 'Symbol(Symbol.iterator)' of 'o' as it is undefined.").
  const direct = (kindOf(source.cpp) === "array" || isTupleRecordCpp(ctx, source.cpp)) ? directArrayPatternSource(pattern) : undefined;
  if (direct !== undefined) {
    source = { ...source, text: out.hold(source.text, source.cpp) };
    out.emit(directArrayPatternCheck(source.text, direct, !!test));
    if (test) out.emit(test);
  } else if (test || ((kindOf(source.cpp) === "array" || isTupleRecordCpp(ctx, source.cpp)) && checkedArrayPattern(ctx.checker, pattern) && !ts.isParameter(pattern.parent) && !isForOfVariable(pattern.parent))) {
    source = { ...source, text: out.hold(source.text, source.cpp) };
    out.emit(`ts::patternIterable${test ? "Caught" : ""}(${source.text});`);
    if (test) out.emit(test);
  }
  pattern.elements.forEach((e, i) => {
    if (ts.isOmittedExpression(e)) return;
    if (e.dotDotDotToken) {
      arrayRest(ctx, out, e, source, i, mode);
      return;
    }
    const value = elementValue(ctx, e, source, i, !!e.initializer);
    if (value) bindElement(ctx, out, e, value, mode);
  });
}

function isForOfVariable(n: ts.Node): boolean {
  return ts.isVariableDeclaration(n) && ts.isForOfStatement(n.parent.parent);
}

function propertyKey(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** `source.key` as C++: a field, or a getter of a class or of an interface classes implement. */
function propertyValue(ctx: LowerContext, at: ts.Node, source: Source, key: string): Source | undefined {
  const objType = ctx.checker.getNonNullableType(source.type);
  const prop = ctx.checker.getPropertyOfType(objType, key);
  if (!prop || kindOf(source.cpp) !== "ref") {
    ctx.report(at, "destructuringSource", ctx.checker.typeToString(source.type));
    return undefined;
  }
  const field = cppIdentifier(key);
  const decl = prop.valueDeclaration ?? prop.declarations?.[0];
  const isAccessor = !!(prop.flags & ts.SymbolFlags.Accessor) || (decl && ts.isPropertySignature(decl) && isAbstractOwner(ctx, decl));
  if (prop.flags & ts.SymbolFlags.Method) {
    ctx.report(at, "destructuringSource", ctx.checker.typeToString(source.type));
    return undefined;
  }
  const text = `${source.text}->${isAccessor ? `get_${field}()` : field}`;
  const cpp = symbolCpp(ctx, prop, at);
  if (source.orEmpty) {
    const opt = printType(optional(typeFromSpelling(cpp)));
    return { text: `(ts::isNullish(${source.text}) ? ${opt}(ts::undefined) : ${opt}(${text}))`, cpp: opt, type: ctx.checker.getTypeOfSymbol(prop) };
  }
  return { text, cpp, type: ctx.checker.getTypeOfSymbol(prop) };
}

function isAbstractOwner(ctx: LowerContext, decl: ts.PropertySignature): boolean {
  const owner = decl.parent;
  const symbol = ts.isInterfaceDeclaration(owner) ? ctx.checker.getSymbolAtLocation(owner.name) : ts.isTypeLiteralNode(owner) && ts.isTypeAliasDeclaration(owner.parent) ? ctx.checker.getSymbolAtLocation(owner.parent.name) : undefined;
  return !!symbol && ctx.abstractRecords.has(symbol);
}

/** Element i of an array (past its end: undefined where the binding has a default) or of a tuple record. */
function elementValue(ctx: LowerContext, at: ts.Node, source: Source, i: number, withDefault: boolean): Source | undefined {
  const checker = ctx.checker;
  const t = checker.getNonNullableType(source.type);
  if (isTupleRecordCpp(ctx, source.cpp) && checker.isTupleType(t)) {
    const elements = checker.getTypeArguments(t as ts.TypeReference);
    if (i >= elements.length && withDefault) return { text: "ts::undefined", cpp: "ts::Undefined", type: ctx.checker.getUndefinedType() };
    if (i >= elements.length) {
      ctx.report(at, "destructuringSource", checker.typeToString(source.type));
      return undefined;
    }
    const elementCpp = cppType(ctx, elements[i], at);
    return { text: `${source.text}->${tupleFieldName(i)}`, cpp: elementCpp, type: elements[i] };
  }
  // `const [, verb, args] = re.exec(line)!`: a match's groups (an unmatched one is undefined).
  if (isRegExpMatchCpp(source.cpp)) return { text: `${source.text}->get(${i})`, cpp: "ts::String", type: checker.getStringType() };
  const arrayType = typeFromSpelling(source.cpp);
  if (arrayType.kind !== "array" || !checker.isArrayType(t)) {
    ctx.report(at, "destructuringSource", checker.typeToString(source.type));
    return undefined;
  }
  const element = checker.getTypeArguments(t as ts.TypeReference)[0];
  const elementCpp = printType(arrayType.element);
  if (withDefault) {
    const opt = printType(optional(arrayType.element));
    return { text: `${source.text}.getOpt(${i})`, cpp: opt, type: element };
  }
  return { text: `${source.text}.get(${i})`, cpp: elementCpp, type: element };
}

/** Binds one element's value to its name or nested pattern, applying its default when the value is undefined. */
function bindElement(ctx: LowerContext, out: Emitter, e: ts.BindingElement, value: Source, mode: Mode): void {
  if (ts.isIdentifier(e.name)) {
    const symbol = ctx.checker.getSymbolAtLocation(e.name)!;
    const cpp = symbolCpp(ctx, symbol, e);
    bindName(ctx, out, e.name, cpp, withDefault(ctx, out, e.initializer, value, cpp), mode);
    return;
  }
  // A nested pattern: its own source (with the default applied), held once.
  const nestedType = e.initializer ? ctx.checker.getTypeAtLocation(e) : value.type;
  const nestedCpp = e.initializer ? cppType(ctx, ctx.checker.getNonNullableType(nestedType), e) : value.cpp;
  const text = out.hold(withDefault(ctx, out, e.initializer, value, nestedCpp), nestedCpp);
  // `{ primary: { level } } = p` with p.primary undefined at run time (an element read stored in a record): inside
  // a try, Node's "Cannot read properties of undefined (reading 'level')" is catchable.
  const first = ts.isObjectBindingPattern(e.name) ? e.name.elements[0] : undefined;
  const firstKey = first && !first.dotDotDotToken ? propertyKey(first.propertyName ?? first.name) : undefined;
  // The same in a function a try block reaches (errors.ts); elsewhere the same TypeError, uncaught.
  if (kindOf(nestedCpp) === "ref" && firstKey !== undefined) {
    const test = nestedPatternCheck(ctx, e);
    out.emit(`ts::${test ? "memberCaught" : "member"}(${text}, PSTR(${JSON.stringify(firstKey)}));`);
    if (test) out.emit(test);
  }
  bindPattern(ctx, out, e.name, { text, cpp: nestedCpp, type: nestedType }, mode);
}

/** The value converted to `cpp`, or the default's value where it is undefined (the default evaluated only then). */
function withDefault(ctx: LowerContext, out: Emitter, init: ts.Expression | undefined, value: Source, cpp: string): string {
  if (!init) return convert(value.text, value.cpp, cpp);
  if (value.cpp === "ts::Undefined") {
    // Past the end of a tuple: the default, always.
    const lowered = ctx.hoisting(init, () => exprAs(ctx, init, cpp));
    out.stmts.push(...lowered.lines);
    return lowered.value;
  }
  const held = out.hold(value.text, value.cpp);
  const lowered = ctx.hoisting(init, () => exprAs(ctx, init, cpp));
  const presentText = convert(held, value.cpp, cpp);
  if (!lowered.lines.length) return `(ts::isUndefined(${held}) ? ${cpp}(${lowered.value}) : ${cpp}(${presentText}))`;
  const result = ctx.temp("d");
  out.emit(`${cpp} ${result}; if (ts::isUndefined(${held})) { ${printStmts(lowered.lines)} ${result} = ${lowered.value}; } else { ${result} = ${presentText}; }`);
  return result;
}

function bindName(ctx: LowerContext, out: Emitter, id: ts.Identifier, cpp: string, value: string, mode: Mode): void {
  const symbol = ctx.checker.getSymbolAtLocation(id)!;
  const name = cppIdentifier(id.text);
  if (mode === "global") out.emit(`${name} = ${value};`);
  else if (ctx.hoistedCells.has(symbol)) out.emit(`${name}->value = ${value};`);
  else if (ctx.celled.has(symbol)) out.emit(`auto ${name} = ts::cell<${cpp}>(${value});`);
  else out.emit(`${cpp} ${name} = ${value};`);
}

/** `...rest` of an object pattern: a new record of the properties not named before it, in the source's order. */
function objectRest(ctx: LowerContext, out: Emitter, e: ts.BindingElement, source: Source, used: readonly string[], mode: Mode): void {
  if (!ts.isIdentifier(e.name)) return;
  const symbol = ctx.checker.getSymbolAtLocation(e.name)!;
  const restType = ctx.checker.getTypeOfSymbol(symbol);
  const cpp = symbolCpp(ctx, symbol, e);
  const cls = refClassName(cpp);
  if (!cls) {
    ctx.report(e, "destructuringSource", ctx.checker.typeToString(source.type));
    return;
  }
  const t = ctx.temp("rest");
  out.emit(`auto ${t} = ts::make<${cls}>();`);
  for (const prop of ctx.checker.getPropertiesOfType(restType)) {
    if (used.includes(prop.name)) continue;
    const value = propertyValue(ctx, e, source, prop.name);
    if (value) out.emit(`${t}->${cppIdentifier(prop.name)} = ${convert(value.text, value.cpp, symbolCpp(ctx, prop, e))};`);
  }
  bindName(ctx, out, e.name, cpp, t, mode);
}

/** `...rest` of an array pattern: the elements from index i on, as a new array. */
function arrayRest(ctx: LowerContext, out: Emitter, e: ts.BindingElement, source: Source, i: number, mode: Mode): void {
  if (!ts.isIdentifier(e.name) || kindOf(source.cpp) !== "array") {
    ctx.report(e, "destructuringSource", ctx.checker.typeToString(source.type));
    return;
  }
  const symbol = ctx.checker.getSymbolAtLocation(e.name)!;
  const cpp = symbolCpp(ctx, symbol, e);
  bindName(ctx, out, e.name, cpp, convert(`${source.text}.slice(${i})`, source.cpp, cpp), mode);
}

// ---- assignment patterns ----------------------------------------------------------------------------------

/** `[a, b] = [b, a]`, `({ x, y } = p)`: the right side first (each element of an array literal into its own
 *  temporary: no array is built), then each target in order. Its value, where used, is the right side. */
export function destructuringAssignment(ctx: LowerContext, node: ts.BinaryExpression, unused: boolean): string {
  const left = node.left as ts.ArrayLiteralExpression | ts.ObjectLiteralExpression;
  const right = node.right;
  const resultCpp = unused ? "void" : cppOf(ctx, right);
  return withStatements(ctx, resultCpp, () => {
    const out = new Emitter(ctx);
    let resultText = "";
    if (ts.isArrayLiteralExpression(left) && ts.isArrayLiteralExpression(right) && unused && !right.elements.some(ts.isSpreadElement)) {
      const values = right.elements.map((el) => {
        const cpp = cppOf(ctx, el);
        return { text: temporary(ctx, cpp, exprAs(ctx, el, cpp), "s"), cpp, type: typeOf(ctx, el) };
      });
      left.elements.forEach((target, i) => {
        if (ts.isOmittedExpression(target)) return;
        if (ts.isSpreadElement(target) || i >= values.length) {
          ctx.report(target, "destructuringSource", ctx.checker.typeToString(typeOf(ctx, right)));
          return;
        }
        assignTarget(ctx, out, target, values[i]);
      });
    } else {
      const cpp = cppOf(ctx, right);
      const text = temporary(ctx, cpp, exprAs(ctx, right, cpp), "s");
      resultText = unused ? "" : text;
      for (const check of assignmentSourceCheck(ctx, node, text, cpp)) out.emit(check);
      assignPattern(ctx, out, left, { text, cpp, type: typeOf(ctx, right) });
    }
    ctx.hoist!.lines.push(...out.stmts);
    return resultText;
  });
}

function assignPattern(ctx: LowerContext, out: Emitter, pattern: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression, source: Source): void {
  if (ts.isArrayLiteralExpression(pattern)) {
    pattern.elements.forEach((target, i) => {
      if (ts.isOmittedExpression(target)) return;
      if (ts.isSpreadElement(target)) {
        if (kindOf(source.cpp) !== "array") ctx.report(target, "destructuringSource", ctx.checker.typeToString(source.type));
        else assignTarget(ctx, out, target.expression, { text: `${source.text}.slice(${i})`, cpp: source.cpp, type: source.type });
        return;
      }
      const hasDefault = ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      const value = elementValue(ctx, target, source, i, hasDefault);
      if (value) assignTarget(ctx, out, target, value);
    });
    return;
  }
  for (const p of pattern.properties) {
    if (ts.isShorthandPropertyAssignment(p)) {
      const value = propertyValue(ctx, p, source, p.name.text);
      if (!value) continue;
      testedRead(ctx, out, p, value);
      const cpp = symbolCpp(ctx, ctx.checker.getShorthandAssignmentValueSymbol(p)!, p);
      out.emit(`${printExpr(lvalueNode(ctx, p.name))} = ${withDefault(ctx, out, p.objectAssignmentInitializer, value, cpp)};`);
    } else if (ts.isPropertyAssignment(p)) {
      const key = propertyKey(p.name);
      const value = key === undefined ? undefined : propertyValue(ctx, p, source, key);
      if (value) testedRead(ctx, out, p, value);
      if (value) assignTarget(ctx, out, p.initializer, value);
    } else {
      ctx.report(p, "destructuringSource", ctx.checker.typeToString(source.type));
    }
  }
}

/** A getter that may throw, read by an assignment pattern: held, then tested (errors.ts), before its target is assigned. */
function testedRead(ctx: LowerContext, out: Emitter, p: ts.ObjectLiteralElementLike, value: Source): void {
  const check = checkedBinding(ctx, p);
  if (!check) return;
  value.text = out.hold(value.text, value.cpp);
  out.emit(check);
}

/** Assigns a value to one target of an assignment pattern (a name, a field, an element, a nested pattern). */
function assignTarget(ctx: LowerContext, out: Emitter, target: ts.Expression, value: Source): void {
  let init: ts.Expression | undefined;
  if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    init = target.right;
    target = target.left;
  }
  while (ts.isParenthesizedExpression(target)) target = target.expression;
  if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
    const cpp = init ? cppOf(ctx, target) : value.cpp;
    const text = out.hold(withDefault(ctx, out, init, value, cpp), cpp);
    // `({ a: { b: o.v } } = src)` with src.a undefined at run time: Node's "Cannot read properties of undefined
    // (reading 'b')", catchable inside a try.
    const first = ts.isObjectLiteralExpression(target) ? target.properties[0] : undefined;
    const firstKey = first && (ts.isPropertyAssignment(first) || ts.isShorthandPropertyAssignment(first)) ? propertyKey(first.name) : undefined;
    // Also in a function a try block reaches (errors.ts); `[[x]] = rows` with rows[0] undefined: "undefined is not
    // iterable (cannot read property Symbol(Symbol.iterator))".
    if (kindOf(cpp) === "ref" && firstKey !== undefined) {
      const test = nestedPatternCheck(ctx, target);
      out.emit(`ts::${test ? "memberCaught" : "member"}(${text}, PSTR(${JSON.stringify(firstKey)}));`);
      if (test) out.emit(test);
    } else if (ts.isArrayLiteralExpression(target) && !init && (kindOf(cpp) === "array" || isTupleRecordCpp(ctx, cpp))) {
      const test = nestedPatternCheck(ctx, target);
      const direct = directArrayPatternSource(target);
      out.emit(direct !== undefined ? directArrayPatternCheck(text, direct, !!test) : `ts::patternIterable${test ? "Caught" : ""}(${text});`);
      if (test) out.emit(test);
    }
    assignPattern(ctx, out, target, { text, cpp, type: init ? typeOf(ctx, target) : value.type });
    return;
  }
  if (ts.isElementAccessExpression(target)) {
    const objCpp = cppOf(ctx, target.expression);
    const elementType = typeFromSpelling(objCpp);
    const elementCpp = elementType.kind === "array" ? printType(elementType.element) : "double";
    const v = withDefault(ctx, out, init, value, elementCpp);
    out.emit(`${receiver(ctx, target.expression)}.set(${exprAs(ctx, target.argumentExpression, "double")}, ${v});`);
    return;
  }
  const symbol = ts.isIdentifier(target) ? ctx.symbolOf(target) : ts.isPropertyAccessExpression(target) ? ctx.checker.getSymbolAtLocation(target.name) : undefined;
  const cpp = symbol ? symbolCpp(ctx, symbol, target) : cppOf(ctx, target);
  let v = withDefault(ctx, out, init, value, cpp);
  if (ts.isPropertyAccessExpression(target) && accessorOf(ctx, target, "set")) {
    out.emit(`${receiver(ctx, target.expression)}->${accessorFunction(ctx, target.expression, "set", target.name.text)}(${v});`);
    return;
  }
  // `({ a: o.v } = src)` with o undefined at run time: Node reads the value, then raises "Cannot set properties of
  // undefined (setting 'v')"; a check the target's lowering hoists goes after the value, in the pattern's order.
  const mark = ctx.hoist?.lines.length;
  const lv = printExpr(lvalueNode(ctx, target, true));
  const checks = mark === undefined ? [] : ctx.hoist!.lines.splice(mark);
  if (checks.length) {
    v = out.hold(v, cpp, "v");
    out.stmts.push(...checks);
  }
  out.emit(`${lv} = ${v};`);
}

export { expr };
