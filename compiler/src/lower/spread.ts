// Spread: in array literals (`[...a, 4, ...b]`: a new array, each part appended in order), in calls whose
// arguments the compiler can fold (`Math.max(...xs)`, `Math.min(a, ...xs)`, `xs.push(...ys)`), and in object
// literals (`{ ...defaults, ...overrides, name: "x" }`: each property assigned in source order, so later ones
// win, as in JavaScript). Spreading a record copies its fields (a class instance: its fields, not its
// accessors or methods, which live on the prototype); an optional property that holds undefined is copied as
// absent (it does not override an earlier value).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppIdentifier, symbolCpp, isHandleCpp, cppType } from "./types.js";
import { isTupleRecordCpp, tupleFieldName } from "./tuples.js";
import { expr, exprAs, cppOf, convert, temporary, withStatements, typeOf, receiver } from "./expressions.js";
import { kindOf, typeFromSpelling, printType, refClassName } from "../ir/types.js";
import { line } from "../ir/nodes.js";
import { argumentCpp } from "./default-args.js";
import { cStringBody } from "./literals.js";

/** The element type a spread source yields in for-of (array, Set, string), or undefined. */
function spreadElementCpp(sourceCpp: string): string | undefined {
  const t = typeFromSpelling(sourceCpp);
  if (t.kind === "array" || t.kind === "set") return printType(t.element);
  if (sourceCpp === "ts::String") return "ts::String";
  if (sourceCpp === "ts::Uint8Array") return "double";
  return undefined;
}

/** Appends `source`'s elements to the array `target` (of element type `element`). */
export function appendAll(ctx: LowerContext, node: ts.SpreadElement, target: string, element: string): void {
  const sourceCpp = cppOf(ctx, node.expression);
  const mapType = typeFromSpelling(sourceCpp);
  const entryClass = refClassName(element);
  if (mapType.kind === "map" && entryClass && isTupleRecordCpp(ctx, element)) {
    // `[...map]`: its [key, value] entries, in insertion order, each a new tuple.
    const source = temporary(ctx, sourceCpp, expr(ctx, node.expression), "src");
    const e = ctx.temp("e");
    const t = ctx.temp("entry");
    ctx.hoist!.lines.push(line(`for (const auto& ${e} : ${source}) { auto ${t} = ts::make<${entryClass}>(); ${t}->${tupleFieldName(0)} = ${e}.key; ${t}->${tupleFieldName(1)} = ${e}.value; ${target}.push(${t}); }`));
    return;
  }
  const from = spreadElementCpp(sourceCpp);
  if (!from) {
    ctx.report(node, "noSpread");
    return;
  }
  const source = temporary(ctx, sourceCpp, expr(ctx, node.expression), "src");
  const v = ctx.temp("v");
  ctx.hoist!.lines.push(line(`for (${from} ${v} : ${source}) ${target}.push(${convert(v, from, element)});`));
}

/** `[...a, x, ...b]` as the array `cpp`. */
export function arraySpread(ctx: LowerContext, node: ts.ArrayLiteralExpression, cpp: string): string {
  const arrayType = typeFromSpelling(cpp);
  if (arrayType.kind !== "array") {
    ctx.report(node, "noSpread");
    return "0";
  }
  const element = printType(arrayType.element);
  return withStatements(ctx, cpp, () => {
    const t = temporary(ctx, cpp, `${cpp}::empty()`, "arr");
    const done: ts.Node[] = [];
    try {
      for (const e of node.elements) {
        if (ts.isSpreadElement(e)) appendAll(ctx, e, t, element);
        else if (ts.isOmittedExpression(e)) ctx.report(e, "noSpread");
        else ctx.hoist!.lines.push(line(`${t}.push(${exprAs(ctx, e, element)});`));
        ctx.spilled.add(e);
        done.push(e);
      }
    } finally {
      for (const n of done) ctx.spilled.delete(n);
    }
    return t;
  });
}

/** A call with spread arguments: `Math.max/min(...)` folded over the values, `xs.push(...)`/`unshift`; else rejected. */
export function spreadCall(ctx: LowerContext, node: ts.CallExpression): string {
  const callee = node.expression;
  const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  const onMath = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Math" && (method === "max" || method === "min");
  if (onMath) {
    const fn = method === "max" ? "ts::Math_max" : "ts::Math_min";
    return withStatements(ctx, "double", () => {
      const acc = temporary(ctx, "double", method === "max" ? "-INFINITY" : "INFINITY", "m");
      for (const a of node.arguments) {
        if (ts.isSpreadElement(a)) {
          const sourceCpp = cppOf(ctx, a.expression);
          const from = spreadElementCpp(sourceCpp);
          if (!from || from === "ts::String") {
            ctx.report(a, "noSpread");
            continue;
          }
          const source = temporary(ctx, sourceCpp, expr(ctx, a.expression), "src");
          const v = ctx.temp("v");
          ctx.hoist!.lines.push(line(`for (${from} ${v} : ${source}) ${acc} = ${fn}(${acc}, ${convert(v, from, "double")});`));
        } else {
          ctx.hoist!.lines.push(line(`${acc} = ${fn}(${acc}, ${exprAs(ctx, a, "double")});`));
        }
      }
      return acc;
    });
  }
  const onString = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "String" && method === "fromCharCode";
  if (onString) {
    // `String.fromCharCode(...bytes)`: the codes gathered in order, then one string made of them.
    return withStatements(ctx, "ts::String", () => {
      const codes = temporary(ctx, "ts::Array<double>", "ts::Array<double>::empty()", "codes");
      for (const a of node.arguments) {
        if (ts.isSpreadElement(a)) appendAll(ctx, a, codes, "double");
        else ctx.hoist!.lines.push(line(`${codes}.push(${exprAs(ctx, a, "double")});`));
      }
      return `ts::String::fromCharCodes(${codes}.data(), ${codes}.size())`;
    });
  }
  const receiverCpp = ts.isPropertyAccessExpression(callee) ? cppOf(ctx, callee.expression) : "";
  if ((method === "push" || method === "unshift") && kindOf(receiverCpp) === "array" && ts.isPropertyAccessExpression(callee)) {
    // The arguments are all evaluated (a spread of the receiver itself included) before any is added.
    const element = spreadElementCpp(receiverCpp)!;
    return withStatements(ctx, "double", () => {
      const target = temporary(ctx, receiverCpp, receiver(ctx, callee.expression), "o");
      const args = temporary(ctx, receiverCpp, `${receiverCpp}::empty()`, "args");
      for (const a of node.arguments) {
        if (ts.isSpreadElement(a)) appendAll(ctx, a, args, element);
        else ctx.hoist!.lines.push(line(`${args}.push(${exprAs(ctx, a, element)});`));
      }
      if (method === "push") {
        const v = ctx.temp("v");
        ctx.hoist!.lines.push(line(`for (${element} ${v} : ${args}) ${target}.push(${v});`));
      } else {
        ctx.hoist!.lines.push(line(`for (double _i = ${args}.length() - 1; _i >= 0; _i--) ${target}.unshift(${args}.get(_i));`));
      }
      return `${target}.length()`;
    });
  }
  const tupleCall = tupleSpreadCall(ctx, node);
  if (tupleCall !== undefined) return tupleCall;
  const spread = node.arguments.find(ts.isSpreadElement);
  ctx.report(spread ?? node, "noSpread");
  return "0";
}

/**
 * `f(...args)` where every spread is of a tuple and f is a function declared in the program (not generic): the
 * arguments are evaluated in order (each tuple into a temporary), then f is called with the tuples' fields.
 */
function tupleSpreadCall(ctx: LowerContext, node: ts.CallExpression): string | undefined {
  if (!ts.isIdentifier(node.expression)) return undefined;
  const decl = ctx.symbolOf(node.expression)?.valueDeclaration;
  if (!decl || !ts.isFunctionDeclaration(decl) || decl.typeParameters?.length || !decl.body) return undefined;
  if (!node.arguments.every((a) => !ts.isSpreadElement(a) || isTupleRecordCpp(ctx, cppOf(ctx, a.expression)))) return undefined;
  const sig = ctx.checker.getResolvedSignature(node);
  const params = sig?.getParameters() ?? [];
  if (params.some((p) => p.valueDeclaration && ts.isParameter(p.valueDeclaration) && p.valueDeclaration.dotDotDotToken)) return undefined;
  const resultCpp = cppOf(ctx, node);
  return withStatements(ctx, resultCpp, () => {
    const values: string[] = [];
    for (const a of node.arguments) {
      const paramCpp = (k: number) => (params[k] ? symbolCpp(ctx, params[k], a) : "double");
      if (!ts.isSpreadElement(a)) {
        const cpp = argumentCpp(params[values.length], paramCpp(values.length), typeOf(ctx, a));
        values.push(temporary(ctx, cpp, exprAs(ctx, a, cpp), "a"));
        continue;
      }
      const tupleType = ctx.checker.getNonNullableType(typeOf(ctx, a.expression));
      const elements = ctx.checker.getTypeArguments(tupleType as ts.TypeReference);
      const source = temporary(ctx, cppOf(ctx, a.expression), expr(ctx, a.expression), "src");
      elements.forEach((e, i) => {
        const k = values.length;
        values.push(convert(`${source}->${tupleFieldName(i)}`, cppType(ctx, e, a), argumentCpp(params[k], paramCpp(k), e)));  // default-args.ts
      });
    }
    return `${expr(ctx, node.expression)}(${values.slice(0, Math.max(params.length, 0)).join(", ")})`;
  });
}

/** `{ ...batch, readings: [] }`: a member the literal writes with a property of its own (its type may differ). */
function writtenByProperty(literal: ts.ObjectLiteralExpression, name: string): boolean {
  return literal.properties.some((q) => (ts.isPropertyAssignment(q) || ts.isShorthandPropertyAssignment(q)) && (ts.isIdentifier(q.name) || ts.isStringLiteral(q.name)) && q.name.text === name);
}

/** The own data members a spread copies (a class instance's fields, not its accessors, methods or statics). */
function spreadMembers(ctx: LowerContext, prop: ts.SpreadAssignment): ts.Symbol[] {
  return ctx.checker.getPropertiesOfType(ctx.checker.getNonNullableType(typeOf(ctx, prop.expression))).filter((p) => {
    const decl = p.valueDeclaration;
    if (p.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor) || (decl && (ts.isMethodSignature(decl) || ts.isMethodDeclaration(decl)))) return false;
    return !(decl && ts.isPropertyDeclaration(decl) && ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword));
  });
}

/** The temporaries holding the sources of the spreads lowered so far (a later spread tests them). */
const spreadSources = new WeakMap<ts.SpreadAssignment, string>();

/**
 * `...source` inside an object literal being built in `obj` (whose properties are `props`). Spreading null or
 * undefined adds nothing, whatever the source's type says (an element read past the end is undefined): the
 * members written before stay. A required member that no part of the literal gives then has no value a
 * record can hold (JavaScript leaves it out of the object): that is a TypeError naming it (docs/language.md).
 */
export function objectSpread(ctx: LowerContext, obj: string, prop: ts.SpreadAssignment, props: readonly ts.Symbol[]): void {
  const sourceCpp = cppOf(ctx, prop.expression);
  if (kindOf(sourceCpp) !== "ref") {
    ctx.report(prop, "noObjectSpread");
    return;
  }
  const literal = prop.parent;
  const spreads = literal.properties.filter(ts.isSpreadAssignment);
  const index = spreads.indexOf(prop);
  const source = temporary(ctx, sourceCpp, expr(ctx, prop.expression), "src");
  spreadSources.set(prop, source);
  const copies: string[] = [];
  const missing: string[] = [];
  for (const p of spreadMembers(ctx, prop)) {
    const decl = p.valueDeclaration;
    const target = props.find((t) => t.name === p.name);
    if (!target || writtenByProperty(literal, p.name)) continue;
    const abstractOwner = decl && ts.isPropertySignature(decl) && (ts.isInterfaceDeclaration(decl.parent) ? ctx.abstractRecords.has(ctx.checker.getSymbolAtLocation(decl.parent.name)!) : false);
    const field = cppIdentifier(p.name);
    const read = `${source}->${abstractOwner ? `get_${field}()` : field}`;
    const fromCpp = symbolCpp(ctx, p, prop);
    const toCpp = symbolCpp(ctx, target, prop);
    const assignText = `${obj}->${field} = ${convert(read, fromCpp, toCpp)};`;
    const optional = !!(p.flags & ts.SymbolFlags.Optional);
    copies.push(optional && (isHandleCpp(fromCpp) || kindOf(fromCpp) === "opt") ? `if (!ts::isUndefined(${read})) ${assignText}` : assignText);
    // A required member is missing when this spread, the last to give it, and every earlier one spread nothing.
    const gives = (s: ts.SpreadAssignment) => spreadMembers(ctx, s).some((q) => q.name === p.name);
    if (target.flags & ts.SymbolFlags.Optional || spreads.slice(index + 1).some(gives)) continue;
    const earlier = spreads.slice(0, index).filter(gives).map((s) => `ts::isNullish(${spreadSources.get(s)})`);
    const raise = `ts::detail::spreadMissingMember(PSTR("${cStringBody(p.name)}"));`;
    missing.push(earlier.length ? `if (${earlier.join(" && ")}) ${raise}` : raise);
  }
  if (!copies.length) return;
  const absent = missing.length ? ` else { ${missing.join(" ")} }` : "";
  ctx.hoist!.lines.push(line(`if (TSD_LIKELY(!ts::isNullish(${source}))) { ${copies.join(" ")} }${absent}`));
}

/**
 * `ring.push(3, 1, 4)`, `log("x", ...parts)` for a function of the program declared `push(...values: T[])`:
 * the arguments from the rest parameter's position on, spreads included, packed in order into one array.
 */
export function restArgument(ctx: LowerContext, args: readonly ts.Expression[], arrayCpp: string): string {
  const element = spreadElementCpp(arrayCpp) ?? "double";
  if (!args.length) return `${arrayCpp}::empty()`;
  return withStatements(ctx, arrayCpp, () => {
    const t = temporary(ctx, arrayCpp, `${arrayCpp}::empty()`, "rest");
    for (const a of args) {
      if (ts.isSpreadElement(a)) appendAll(ctx, a, t, element);
      else ctx.hoist!.lines.push(line(`${t}.push(${exprAs(ctx, a, element)});`));
    }
    return t;
  });
}

/** The index of a program function's rest parameter when every spread argument is at or after it. */
export function restParameterIndex(ctx: LowerContext, node: ts.CallExpression | ts.NewExpression): number | undefined {
  const decl = ctx.checker.getResolvedSignature(node)?.declaration;
  if (!decl || ts.isJSDocSignature(decl) || decl.getSourceFile().isDeclarationFile || ctx.isRuntimeFile(decl.getSourceFile().fileName)) return undefined;
  const k = decl.parameters.findIndex((p) => p.dotDotDotToken);
  if (k < 0 || k !== decl.parameters.length - 1) return undefined;
  const args = node.arguments ?? [];
  return args.every((a, i) => !ts.isSpreadElement(a) || i >= k) ? k : undefined;
}
