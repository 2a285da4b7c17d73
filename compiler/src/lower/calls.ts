// Calls and `new`: user functions and methods (arguments converted to the parameter representations, generic
// functions instantiated with explicit template arguments), closures, library objects, and the built-in
// JavaScript and Arduino APIs (console, Serial, Math, Number, string/array/Map/Set members), which map onto
// the runtime's functions of the same names (docs/runtime-api.md).
import ts from "typescript";
import { kindOf } from "../ir/types.js";
import type { LowerContext } from "./context.js";
import { isAnonymousObjectType, cppType, cppIdentifier, qualifiedName, isStringType, isNumberType, fnCpp, symbolCpp, FIXED_WIDTH } from "./types.js";
import { tupleAsArray, isTupleRecordCpp, tupleFieldName } from "./tuples.js";
import { NUM } from "./numrep.js";
import { accessorOf, accessorFunction, withStatementsNode, placeholder, expr, exprAs, exprNode, exprAsNode, cppOf, typeOf, receiver, receiverNode, memberReceiver, memberReceiverNode, stringReceiverNode, sequenced, sequencedNode, convertExpr, fixedCpp, isScalarCpp, isIntegerCpp, storageExpr, optionalChainNode, stringOperandNode, stringOperandCpp, contextualType, withStatements, temporary, numeric, toNumberNode, isDefinedNumber, type Lazy } from "./expressions.js";
import { numberLiteral, stringLiteral, cStringBody, integerLiteral, isIntegerLiteralFor, numericLiteralText } from "./literals.js";
import { lowerFunctionExpression, inlineCallbackNode } from "./functions.js";
import { nullableCallee, v8CalleeText } from "./errors-members.js";
import { errorsActive } from "./errors.js";
import { checkPrintf } from "./printf.js";
import { codeUnitConversion } from "./fixed-fast.js";
import { isNumArrayName, NUM_ARRAY } from "./num-arrays.js";
import { inferTypeArguments } from "./generics.js";
import { typeFromSpelling, printType, arrayOf, refClassName, type CppType } from "../ir/types.js";
import { argumentCpp } from "./default-args.js";
import { exprStmt, line, raw, lit, name as nameExpr, member, call, cast, construct, type Expr } from "../ir/nodes.js";
import { printExpr } from "../ir/print.js";
import { DOUBLE, STRING, BOOL, VOID, scalar, named } from "../ir/types.js";
import { spreadCall, restArgument, restParameterIndex } from "./spread.js";
import { lowerNewRegExp, regexpStringMethod, unsupportedRegExpMember } from "./regexp.js";
import { checkUnionMethodCall, PRIM, MIXED } from "./unions.js";
import { unionMethodDispatch } from "./union-calls.js";
import { jsonCall, inspectable } from "./json.js";
import { needInspect, needJsonWrite } from "./object-codecs.js";
import { timerCall } from "./timers.js";
import { consoleLineCall } from "./console-line.js";
import { selfCallName } from "./yield-clone.js";
import { intCloneCallName } from "./int-clones.js";
import { moreArrayMethod, arrayNamespaceCall, stringNamespaceCall, objectNamespaceCall } from "./stdlib.js";

const MATH_DIRECT: Record<string, string> = {
  floor: "floor", ceil: "ceil", trunc: "trunc", abs: "fabs", sqrt: "sqrt", exp: "exp", log: "log", sin: "sin", cos: "cos",
  tan: "tan", atan2: "atan2", atan: "atan", asin: "asin", acos: "acos", log2: "log2", log10: "log10", cbrt: "cbrt", hypot: "ts::Math_hypot", imul: "ts::Math_imul", clz32: "ts::Math_clz32",
  sinh: "sinh", cosh: "cosh", tanh: "tanh", asinh: "asinh", acosh: "acosh", atanh: "atanh", expm1: "expm1", log1p: "log1p", fround: "ts::Math_fround",
  round: "ts::Math_round", sign: "ts::Math_sign", max: "ts::Math_max", min: "ts::Math_min", random: "ts::Math_random", pow: "ts::pow",
};

const STRING_METHODS = new Set([
  "charAt", "charCodeAt", "at", "indexOf", "lastIndexOf", "includes", "startsWith", "endsWith", "slice", "substring", "toUpperCase",
  "toLowerCase", "trim", "trimStart", "trimEnd", "split", "repeat", "padStart", "padEnd", "replace", "replaceAll", "concat", "toString",
  "codePointAt",
]);
const ARRAY_METHODS = new Set([
  "push", "pop", "shift", "unshift", "slice", "splice", "concat", "indexOf", "lastIndexOf", "includes", "join", "reverse", "sort", "fill",
  "map", "filter", "forEach", "reduce", "some", "every", "find", "findIndex", "at", "toString",
]);
const CALLBACK_METHODS = new Set(["map", "filter", "forEach", "reduce", "some", "every", "find", "findIndex", "sort"]);
const UINT8_METHODS = new Set(["subarray", "slice", "fill", "indexOf", "includes", "join"]);
const MAP_METHODS = new Set(["get", "set", "has", "delete", "clear", "forEach", "keys", "values"]);
const SET_METHODS = new Set(["add", "has", "delete", "clear", "forEach", "values"]);

export function lowerCall(ctx: LowerContext, node: ts.CallExpression): string {
  return printExpr(lowerCallNode(ctx, node));
}

/** A call as an expression node: the callee and its arguments, typed by the call's C++ type. */
export function lowerCallNode(ctx: LowerContext, node: ts.CallExpression): Expr {
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) {
    ctx.report(node, "noSuperHere");
    return placeholder();
  }
  if (node.questionDotToken && !ctx.checkedLinks.has(node)) return optionalChainNode(ctx, node, node);
  if (node.arguments.some(ts.isSpreadElement) && restParameterIndex(ctx, node) === undefined) return raw(spreadCall(ctx, node));  // spread.ts
  if (ts.isPropertyAccessExpression(callee) && callee.questionDotToken && !ctx.checkedLinks.has(callee)) return optionalChainNode(ctx, node, callee);
  if (ts.isPropertyAccessExpression(callee)) return methodCall(ctx, node, callee);
  if (ts.isIdentifier(callee)) {
    const global = globalCall(ctx, node, callee.text);
    if (global !== undefined) return global;
  }
  return plainCall(ctx, node, exprNode(ctx, callee));
}

/** The C++ type of a call's result, as data (void for a call whose value is not used as one). */
function resultType(cpp: string) {
  return cpp === "void" ? VOID : typeFromSpelling(cpp);
}

/** A method call `recv.name(args)` / `recv->name(args)` node. */
function methodOf(recv: Expr, op: "." | "->" | "::", name: string, args: readonly Expr[], resultCpp?: string): Expr {
  return call(member(recv, op, name), args, resultCpp === undefined ? undefined : resultType(resultCpp));
}

/** Arguments converted to the resolved signature's parameter representations, sequenced left to right. */
function callArgs(ctx: LowerContext, node: ts.CallExpression | ts.NewExpression, build: (args: Expr[]) => Expr, resultCpp: string, prefix: { node: ts.Node; text: string | Expr; cpp: string }[] = []): Expr {
  const sig = ctx.checker.getResolvedSignature(node);
  const args = node.arguments ?? ts.factory.createNodeArray();
  const params = sig?.getParameters() ?? [];
  const texts: Lazy[] = [];
  const cpps: string[] = [];
  const rest = restParameterIndex(ctx, node);
  const used = rest === undefined ? args : args.slice(0, rest);
  used.forEach((arg, i) => {
    if (ts.isSpreadElement(arg)) ctx.report(arg, "noSpread");
    const param = params[Math.min(i, params.length - 1)];
    const decl = param?.valueDeclaration;
    const builtin = !!decl && ctx.isRuntimeFile(decl.getSourceFile().fileName) && !ctx.libraryOf(decl);
    // Built-in signatures use unions such as `string | RegExp`: the argument's own type says which one is used
    // (a variable narrowed to `never` in a dead branch, `v !== undefined || re.test(v)`, by its declared type).
    let cpp = builtin && typeOf(ctx, arg).flags & ts.TypeFlags.Never ? cppOf(ctx, arg) : builtin ? cppType(ctx, ctx.checker.getBaseTypeOfLiteralType(contextualType(ctx, arg)), arg) : param ? symbolCpp(ctx, param, arg) : cppOf(ctx, arg);
    if (decl && ts.isParameter(decl) && decl.dotDotDotToken) {
      if (!ctx.isRuntimeFile(decl.getSourceFile().fileName)) ctx.report(arg, "noRestParameters");
      if (builtin) { const c = cpp; texts.push(() => exprAsNode(ctx, arg, c)); cpps.push(cpp); return; }
      // The runtime's variadic members take each argument as the rest array's element type.
      const restType = ctx.checker.getTypeOfSymbol(param);
      const element = ctx.checker.isArrayType(restType) ? ctx.checker.getTypeArguments(restType as ts.TypeReference)[0] : restType;
      cpp = cppType(ctx, element, arg);
    }
    if (!builtin) cpp = argumentCpp(param, cpp, typeOf(ctx, arg));  // default-args.ts
    const c = cpp;
    texts.push(() => exprAsNode(ctx, arg, c));
    cpps.push(cpp);
  });
  const operands: ts.Node[] = [...used];
  if (rest !== undefined) {
    const restCpp = symbolCpp(ctx, params[rest], node);
    const restArgs = args.slice(rest);
    texts.push(() => raw(restArgument(ctx, restArgs, restCpp), typeFromSpelling(restCpp)));
    cpps.push(restCpp);
    operands.push(node);  // (its arguments, in order, with whatever effects they have)
  }
  return sequencedNode(ctx, [...prefix.map((p) => p.node), ...operands], [...prefix.map((p) => p.text), ...texts], [...prefix.map((p) => p.cpp), ...cpps], build, resultCpp);
}

function plainCall(ctx: LowerContext, node: ts.CallExpression, callee: Expr): Expr {
  const resultCpp = cppOf(ctx, node);
  const symbol = ctx.symbolOf(node.expression);
  const decl = symbol?.valueDeclaration;
  const calleeText = printExpr(callee);
  // A recursive function's copies call each other (yield-clone.ts); the program calls its int32 entry (int-clones.ts).
  const name = intCloneCallName(ctx, node, symbol, selfCallName(ctx, symbol, calleeText));
  const calleeNode = name === calleeText ? callee : nameExpr(name);
  let targs: string[] | undefined;
  if (decl && ts.isFunctionDeclaration(decl) && decl.typeParameters?.length) targs = inferTypeArguments(ctx, node, decl);
  // A closure value has no C++ default arguments: omitted optional arguments are passed as undefined.
  const isClosure = !decl || !(ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl));
  const declared = ctx.checker.getResolvedSignature(node)?.getParameters().length ?? 0;
  const padding: Expr[] = isClosure ? Array.from({ length: Math.max(0, declared - node.arguments.length) }, () => lit("ts::undefined")) : [];
  // `fns[9]()`: past the end the element is undefined, and Node's TypeError names the callee's source text.
  const calleeSource = nullableCallee(node, ctx.checker);
  if (isClosure && calleeSource && kindOf(cppOf(ctx, node.expression)) === "fn") {
    // In a program with a try the TypeError is catchable (errors.ts tests the call).
    const via = errorsActive(ctx) ? "callCaught" : "call";
    const text = v8CalleeText(calleeSource).replace(/[\\"]/g, "\\$&").replace(/[^\x20-\x7e]/g, (c) => [...Buffer.from(c, "utf8")].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join(""));
    return callArgs(ctx, node, (args) => call(member(calleeNode, ".", via), [call("PSTR", [lit(`"${text}"`)]), ...args, ...padding], resultType(resultCpp), targs), resultCpp);
  }
  return callArgs(ctx, node, (args) => call(calleeNode, [...args, ...padding], resultType(resultCpp), targs), resultCpp);
}

function globalCall(ctx: LowerContext, node: ts.CallExpression, name: string): Expr | undefined {
  const symbol = ctx.symbolOf(node.expression);
  const decl = symbol?.declarations?.[0];
  if (decl && !ctx.isRuntimeFile(decl.getSourceFile().fileName)) return undefined;
  const timer = timerCall(ctx, node, name);
  if (timer !== undefined) return timer;
  const args = node.arguments;
  const arg = (i: number, cpp: string) => exprAsNode(ctx, args[i], cpp);
  if (name in FIXED_WIDTH && args.length === 1) {
    const to = FIXED_WIDTH[name];
    const target = typeFromSpelling(to);
    const from = cppOf(ctx, args[0]);
    if (from === to) return exprNode(ctx, args[0]);
    // An integer literal is an integer in AssemblyScript: u16(-1) wraps to 65535.
    const literal = args[0];
    const value = ts.isNumericLiteral(literal) ? Number(literal.text) : ts.isPrefixUnaryExpression(literal) && literal.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(literal.operand) ? -Number(literal.operand.text) : undefined;
    const text = ts.isNumericLiteral(literal) ? numericLiteralText(literal) : ts.isPrefixUnaryExpression(literal) && ts.isNumericLiteral(literal.operand) ? numericLiteralText(literal.operand) : "";
    if (value !== undefined && to !== "double" && to !== "float" && isIntegerLiteralFor(value, text, to)) return cast(target, lit(integerLiteral(value, text)));
    if (to === "double") return cast(DOUBLE, exprNode(ctx, args[0]));
    if (isIntegerCpp(from) || from === "bool") return cast(target, exprNode(ctx, args[0]));
    const unit = codeUnitConversion(ctx, args[0], to);
    if (unit) return unit;
    return call(`ts::${to.replace(/_t$/, "")}_from`, [exprAsNode(ctx, args[0], "double")], target);
  }
  const asDouble = (e: Expr) => cast(DOUBLE, e);
  switch (name) {
    case "String":
      return args.length ? call("ts::toString", [stringOperandNode(ctx, args[0]).value], STRING) : lit('TS_STR("")', STRING);
    case "Number":
      if (!args.length) return lit("0.0", DOUBLE);
      return isStringType(typeOf(ctx, args[0])) || cppOf(ctx, args[0]) === "ts::String" ? call("ts::Number", [exprNode(ctx, args[0])], DOUBLE) : cppOf(ctx, args[0]) === "bool" ? call("ts::toNumber", [exprNode(ctx, args[0])], DOUBLE) : !isScalarCpp(cppOf(ctx, args[0])) || cppOf(ctx, args[0]) === "double" || cppOf(ctx, args[0]) === NUM ? toNumberNode(ctx, args[0]) : convertExpr(exprNode(ctx, args[0]), cppOf(ctx, args[0]), "double");
    case "Boolean":
      return call("ts::truthy", [exprNode(ctx, args[0])], BOOL);
    case "parseInt":
      return call("ts::parseInt", args.length > 1 ? [arg(0, "ts::String"), arg(1, "double")] : [arg(0, "ts::String")], DOUBLE);
    case "parseFloat":
      return call("ts::parseFloat", [arg(0, "ts::String")], DOUBLE);
    case "encodeURIComponent":
    case "encodeURI":
    case "decodeURIComponent":
    case "decodeURI":
      return call(`ts::${name}`, [args.length ? stringOperandNode(ctx, args[0]).value : lit('TS_STR("undefined")', STRING)], STRING);
    case "isNaN":
      return call("ts::isNaN", [arg(0, "double")], BOOL);
    case "isFinite":
      return call("ts::isFinite", [arg(0, "double")], BOOL);
    case "random":
      return asDouble(call("random", args.length === 2 ? [intArg(ctx, args[0]), intArg(ctx, args[1])] : [intArg(ctx, args[0])]));
    case "millis":
    case "micros":
      return asDouble(call(name, []));
    case "digitalRead":
    case "analogRead":
      return asDouble(call(name, [intArg(ctx, args[0])]));
    case "pinMode":
    case "digitalWrite":
    case "analogWrite":
      return call(name, [intArg(ctx, args[0]), intArg(ctx, args[1])], VOID);
    case "delay":
    case "delayMicroseconds":
    case "randomSeed":
      return call(name, [uintArg(ctx, args[0])], VOID);
    case "yield":
      return call("yield", [], VOID);
  }
  return undefined;
}

function intArg(ctx: LowerContext, node: ts.Expression): Expr {
  if (ts.isNumericLiteral(node)) return lit(numberLiteral(Number(node.text), false));
  if (ts.isIdentifier(node) && ctx.symbolOf(node)?.valueDeclaration && ctx.isRuntimeFile(ctx.symbolOf(node)!.valueDeclaration!.getSourceFile().fileName)) return exprNode(ctx, node);
  const cpp = cppOf(ctx, node);
  if (isIntegerCpp(cpp)) return exprNode(ctx, node);
  return call("ts::toInt32", [exprAsNode(ctx, node, "double")], scalar("int32_t"));
}

function uintArg(ctx: LowerContext, node: ts.Expression): Expr {
  if (ts.isNumericLiteral(node)) return lit(numberLiteral(Number(node.text), false));
  const cpp = cppOf(ctx, node);
  if (isIntegerCpp(cpp)) return exprNode(ctx, node);
  return call("ts::toUint32", [exprAsNode(ctx, node, "double")], scalar("uint32_t"));
}

/** `t.join(sep)` of a tuple whose elements have different C++ types: the receiver, then the separator, joined in the runtime. */
function tupleJoin(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, objCpp: string, count: number): Expr {
  const fields = Array.from({ length: count }, (_, i) => `t->${tupleFieldName(i)}`);
  const sep = node.arguments[0];
  if (!sep) return raw(`[](const ${objCpp}& t) { return ts::tupleToString(${fields.join(", ")}); }(${printExpr(receiverNode(ctx, object))})`, STRING);
  return sequencedNode(ctx, [object, sep], [() => receiverNode(ctx, object), () => exprAsNode(ctx, sep, "ts::String")], [objCpp, "ts::String"],
    ([t, s]) => raw(`[](const ${objCpp}& t, const ts::String& sep) { return ts::tupleJoin(${["sep", ...fields].join(", ")}); }(${printExpr(t)}, ${printExpr(s)})`, STRING), "ts::String");
}

function methodCall(ctx: LowerContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): Expr {
  const object = callee.expression;
  const name = callee.name.text;
  const args = node.arguments;
  const resultCpp = cppOf(ctx, node);
  if (object.kind === ts.SyntaxKind.SuperKeyword) {
    const base = ctx.checker.getTypeAtLocation(object);
    const baseName = refClassName(cppType(ctx, base, object)) ?? "Base";
    return callArgs(ctx, node, (a) => methodOf(nameExpr(baseName), "::", cppIdentifier(name), a, resultCpp), resultCpp);
  }
  // Members declaring the method separately: a call of the object's own class's (union-calls.ts).
  if (!checkUnionMethodCall(ctx, callee, false)) return unionMethodDispatch(ctx, node, callee, (build) => callArgs(ctx, node, build, resultCpp)) ?? (checkUnionMethodCall(ctx, callee), placeholder());
  if (ts.isIdentifier(object)) {
    const builtin = namespaceCall(ctx, node, object.text, name);
    if (builtin !== undefined) return builtin;
  }
  const objType = ctx.checker.getNonNullableType(typeOf(ctx, object));
  // A fixed-width array (`u8[]`) is a number[] to TypeScript: its temporaries take the declared C++ type.
  const fixedArray = fixedCpp(ctx, object)?.cpp;
  const objCpp = isNumArrayName(ctx, object) ? NUM_ARRAY
    : fixedArray && kindOf(fixedArray) === "array" ? fixedArray : cppType(ctx, objType, object);
  if (unsupportedRegExpMember(ctx, callee.name, objCpp, true)) return placeholder();
  const symbol = ctx.checker.getSymbolAtLocation(callee.name);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (objCpp === "ts::String") return stringMethod(ctx, node, object, name);
  if (kindOf(objCpp) === "array") return arrayMethod(ctx, node, object, name, objCpp);
  const tupleArray = tupleAsArray(ctx, object, objCpp, name);
  if (tupleArray) {
    ctx.substitutions.set(object, tupleArray.value);
    try {
      return arrayMethod(ctx, node, object, name, tupleArray.cpp);
    } finally {
      ctx.substitutions.delete(object);
    }
  }
  if (isTupleRecordCpp(ctx, objCpp)) {
    const tupleType = ctx.checker.isTupleType(objType) ? (objType as ts.TypeReference) : undefined;
    // toString() is join() (the record's own toString is Object.prototype's "[object Object]").
    if ((name === "join" || (name === "toString" && !args.length)) && tupleType) return tupleJoin(ctx, node, object, objCpp, ctx.checker.getTypeArguments(tupleType).length);
    // The record has no array methods: one that changes the tuple (push, sort), or reads elements of different types.
    ctx.report(callee.name, "tupleMethod", name, ctx.checker.typeToString(objType));
    return placeholder();
  }
  if (objCpp === "ts::Uint8Array") return simpleMethod(ctx, node, object, name, UINT8_METHODS, "Uint8Array");
  if (kindOf(objCpp) === "map") return mapMethod(ctx, node, object, name, objCpp, MAP_METHODS, "Map");
  if (kindOf(objCpp) === "set") return mapMethod(ctx, node, object, name, objCpp, SET_METHODS, "Set");
  if (isNumberType(objType) && (name === "toPrecision" || name === "toExponential")) {
    // An absent or undefined argument: toPrecision() is toString(), toExponential() the shortest digits.
    const given = args.length > 0 && !(ts.isIdentifier(args[0]) && args[0].text === "undefined");
    if (!given) return call(name === "toPrecision" ? "ts::toString" : "ts::toExponential", [exprAsNode(ctx, object, "double")], STRING);
    return call(`ts::${name}`, [exprAsNode(ctx, object, "double"), exprAsNode(ctx, args[0], "double")], STRING);
  }
  if (isNumberType(objType) && name === "toFixed") return call("ts::toFixed", [exprAsNode(ctx, object, "double"), args.length ? exprAsNode(ctx, args[0], "double") : lit("0")], STRING);
  if (isNumberType(objType) && name === "toString") {
    if (!args.length) return call("ts::toString", [exprNode(ctx, object)], STRING);
    // An i64/u64 keeps all its digits (ts::toStringRadix64); others go as a double.
    const objectCpp = cppOf(ctx, object);
    if (objectCpp === "int64_t" || objectCpp === "uint64_t") return call("ts::toStringRadix64", [convertExpr(exprNode(ctx, object), objectCpp, objectCpp), exprAsNode(ctx, args[0], "double")], STRING);
    return call("ts::toStringRadix", [exprAsNode(ctx, object, "double"), exprAsNode(ctx, args[0], "double")], STRING);
  }
  if (objCpp === "bool" && name === "toString") return call("ts::toString", [exprNode(ctx, object)], STRING);
  const library = decl ? ctx.libraryOf(decl) : undefined;
  if (decl && library) {
    const owner = ts.isClassDeclaration(decl.parent) || ts.isInterfaceDeclaration(decl.parent) ? decl.parent.name?.text : undefined;
    for (const warning of library.warnings) {
      if (warning.call === `${owner}.${name}` && node.arguments.length < warning.whenArgumentsFewerThan) ctx.warn(node, "insecureWarning", warning.message);
    }
    // A static method of a library class (`HTTPClient.errorToString(code)`) is called on the C++ class.
    const isStatic = ts.canHaveModifiers(decl) && !!ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    const recv = isStatic && ts.isIdentifier(object) && owner ? (library.names[owner] ?? owner) : undefined;
    if (recv) return callArgs(ctx, node, (a) => methodOf(nameExpr(recv), "::", name, a, resultCpp), resultCpp);
    return callArgs(ctx, node, (a) => methodOf(receiverNode(ctx, object), ".", name, a, resultCpp), resultCpp);
  }
  const objSymbol = ts.isIdentifier(object) ? ctx.symbolOf(object) : undefined;
  if (objSymbol && objSymbol.flags & ts.SymbolFlags.Class && symbol && symbol.flags & ts.SymbolFlags.Method) {
    return callArgs(ctx, node, (a) => methodOf(nameExpr(qualifiedName(ctx, objSymbol)), "::", cppIdentifier(name), a, resultCpp), resultCpp);
  }
  // Object.prototype.toString on an object whose type declares no toString() (a root class, an interface, a
  // union of classes): the dynamic class's, through ts::Object's virtual tsToString.
  if (name === "toString" && !args.length && kindOf(objCpp) === "ref" && decl && (ctx.isRuntimeFile(decl.getSourceFile().fileName) || decl.getSourceFile().hasNoDefaultLib)) {
    return methodOf(memberReceiverNode(ctx, object, name), "->", "tsToString", [], "ts::String");
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Method) {
    let method = cppIdentifier(name);
    if (decl && ts.isMethodDeclaration(decl) && decl.typeParameters?.length) {
      const targs = inferTypeArguments(ctx, node, decl);
      if (targs) method = `template ${method}<${targs.join(", ")}>`;
    }
    const recv = memberReceiverNode(ctx, object, name);
    return callArgs(ctx, node, (a) => methodOf(recv, "->", method, a, resultCpp), resultCpp);
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Property) {
    // A function-typed property: call the closure it holds (`sensors[9].read()`: Node's TypeError names it).
    const recv = memberReceiverNode(ctx, object, name);
    // Through an interface classes implement (`h.onMsg(s)` with `h: H`), the property is the get_ accessor's value.
    if (accessorOf(ctx, callee, "get")) return callArgs(ctx, node, (a) => call(call(member(recv, "->", accessorFunction(ctx, object, "get", name)), []), a, resultCpp === undefined ? undefined : resultType(resultCpp)), resultCpp);
    return callArgs(ctx, node, (a) => methodOf(recv, "->", cppIdentifier(name), a, resultCpp), resultCpp);
  }
  ctx.report(callee.name, "unsupportedCall", `${ctx.checker.typeToString(objType)}.${name}`, "see docs/language.md for the supported library");
  return placeholder();
}

function namespaceCall(ctx: LowerContext, node: ts.CallExpression, objectName: string, name: string): Expr | undefined {
  const symbol = ctx.symbolOf(node.expression.getChildAt(0));
  const decl = symbol?.declarations?.[0];
  if (decl && !ctx.isRuntimeFile(decl.getSourceFile().fileName)) return undefined;
  const args = node.arguments;
  switch (objectName) {
    case "console":
      if (name === "log" || name === "error") return consoleCall(ctx, node, name);
      break;
    case "Serial":
      return serialCall(ctx, node, name);
    case "JSON": {
      const json = jsonCall(ctx, node, name);
      if (json !== undefined) return raw(json);
      break;
    }
    case "Math": {
      let fn = MATH_DIRECT[name];
      if (!fn) break;
      // The C functions return an undefined read past a number[]'s end as it is (it must be NaN).
      if (!fn.startsWith("ts::") && ["floor", "ceil", "trunc", "abs"].includes(name) && args.some((a) => !isDefinedNumber(ctx, a))) fn = `ts::Math_${name}`;
      const texts = args.map((a) => () => exprAsNode(ctx, a, "double"));
      return sequencedNode(ctx, args, texts, args.map(() => "double"), (v) => call(fn, v, DOUBLE), "double");
    }
    case "Number": {
      const fns: Record<string, string> = { isInteger: "ts::Number_isInteger", isFinite: "ts::Number_isFinite", isNaN: "ts::Number_isNaN", isSafeInteger: "ts::Number_isSafeInteger", parseFloat: "ts::parseFloat", parseInt: "ts::parseInt" };
      if (!fns[name]) break;
      if (name.startsWith("parse")) return call(fns[name], args.map((a, i) => exprAsNode(ctx, a, i === 0 ? "ts::String" : "double")), DOUBLE);
      return call(fns[name], [exprAsNode(ctx, args[0], "double")], BOOL);
    }
    case "String":
      if (name === "fromCharCode") return call("ts::String::fromCharCode", args.map((a) => exprAsNode(ctx, a, "double")), STRING);
      if (name === "fromCodePoint") {
        return stringNamespaceCall(ctx, node, name);
      }
      break;
    case "Object": {
      const more = objectNamespaceCall(ctx, node, name);
      if (more !== undefined) return raw(more);
      break;
    }
    case "Array": {
      const more = arrayNamespaceCall(ctx, node, name);
      if (more !== undefined) return raw(more);
      break;
    }
    default:
      return undefined;
  }
  ctx.report(node.expression, "unsupportedCall", `${objectName}.${name}`, "see docs/language.md for the supported library");
  return placeholder();
}

function consoleCall(ctx: LowerContext, node: ts.CallExpression, name: string): Expr {
  const line = consoleLineCall(ctx, node, name === "error");
  if (line !== undefined) return line;
  const args = node.arguments;
  for (const a of args) {
    const cpp = cppOf(ctx, a);
    if (!(isScalarCpp(cpp) || cpp === "ts::String" || cpp === "ts::Null" || cpp === "ts::Undefined" || cpp === "IPAddress" || cpp === PRIM || cpp === MIXED || (kindOf(cpp) === "opt" && !cpp.includes("ts::Ref<")))) {
      // Arrays, Maps, Sets, class and record instances: util.inspect's layout (json.ts, object-codecs.ts).
      if (inspectable(typeFromSpelling(cpp))) needInspect(ctx);
      else ctx.report(a, "consoleLogObject", ctx.checker.typeToString(typeOf(ctx, a)));
    }
  }
  // `console.log("%j", obj)`: a literal format string that stringifies an argument (ts_console.h, formatLine).
  if (args.length > 1 && ts.isStringLiteralLike(args[0]) && args[0].text.includes("%j")) needJsonWrite(ctx);
  const asString = (a: ts.Expression) => cppOf(ctx, a) === "double" && !ts.isNumericLiteral(a);
  const texts = args.map((a) => () => (asString(a) ? stringOperandNode(ctx, a).value : printable(ctx, a)));
  const cpps = args.map((a) => (asString(a) ? stringOperandCpp(ctx, a) : printableCpp(ctx, a)));
  // A first string argument may be a format (`%s`, `%d`…); a literal without `%` is not, and then the
  // specifiers' formatting (JSON, parseInt…) is not linked into the sketch.
  const mayFormat = args.length > 1 && cppOf(ctx, args[0]) === "ts::String" && !(ts.isStringLiteralLike(args[0]) && !args[0].text.includes("%"));
  return sequencedNode(ctx, args, texts, cpps, (v) => call(`ts::console_${name}`, mayFormat ? [nameExpr("ts::formatted"), ...v] : v, VOID), "void");
}

/** The C++ type of `printable(ctx, node)`: an argument held in a temporary has that type (an i64 is held as
 *  its string, corpus 633). */
function printableCpp(ctx: LowerContext, node: ts.Expression): string {
  if (ts.isNumericLiteral(node)) return "double";
  const cpp = cppOf(ctx, node);
  if (cpp === "int64_t" || cpp === "uint64_t") return "ts::String";
  if ((isIntegerCpp(cpp) && cpp !== "int32_t" && cpp !== "uint32_t") || cpp === "float") return "double";
  return cpp;
}

/** An expression as something ts::print/console_log can print (integers print as numbers). */
function printable(ctx: LowerContext, node: ts.Expression): Expr {
  if (ts.isNumericLiteral(node)) return lit(numberLiteral(Number(node.text), true), DOUBLE);
  const cpp = cppOf(ctx, node);
  if (cpp === "int64_t" || cpp === "uint64_t") return call("ts::toString", [exprNode(ctx, node)], STRING);
  if ((isIntegerCpp(cpp) && cpp !== "int32_t" && cpp !== "uint32_t") || cpp === "float") return cast(DOUBLE, exprNode(ctx, node));
  return exprNode(ctx, node);
}

function serialCall(ctx: LowerContext, node: ts.CallExpression, name: string): Expr {
  const args = node.arguments;
  const serial = nameExpr("Serial");
  switch (name) {
    case "print":
    case "println": {
      if (!args.length) return call(`ts::${name}`, [serial], VOID);
      const a = args[0];
      const cpp = cppOf(ctx, a);
      if (cpp === PRIM || cpp === MIXED) return call(`ts::${name}`, [serial, call("ts::toString", [exprNode(ctx, a)], STRING)], VOID);
      if (!(isScalarCpp(cpp) || cpp === "ts::String" || cpp === "IPAddress")) ctx.report(a, "consoleLogObject", ctx.checker.typeToString(typeOf(ctx, a)));
      return call(`ts::${name}`, [serial, printable(ctx, a)], VOID);
    }
    case "printf":
      return printfCall(ctx, node);
    case "write": {
      const cpp = cppOf(ctx, args[0]);
      if (cpp === "ts::Uint8Array") return cast(DOUBLE, methodOf(serial, ".", "write", [methodOf(exprNode(ctx, args[0]), ".", "data", []), methodOf(exprNode(ctx, args[0]), ".", "size", [])]));
      if (cpp === "ts::String") return cast(DOUBLE, call("ts::write", [serial, exprNode(ctx, args[0])]));
      return cast(DOUBLE, methodOf(serial, ".", "write", [cast(scalar("uint8_t"), call("ts::toUint32", [exprAsNode(ctx, args[0], "double")]))]));
    }
    case "begin":
      return methodOf(serial, ".", "begin", [numberArg(ctx, args[0], "unsigned long")], "void");
    case "available":
    case "read":
      return cast(DOUBLE, methodOf(serial, ".", name, []));
    case "flush":
      return methodOf(serial, ".", "flush", [], "void");
    case "setDebugOutput":
      return methodOf(serial, ".", "setDebugOutput", [exprAsNode(ctx, args[0], "bool")], "void");
  }
  ctx.report(node.expression, "unsupportedCall", `Serial.${name}`, "see docs/language.md for the supported Serial members");
  return placeholder();
}

function numberArg(ctx: LowerContext, node: ts.Expression, cpp: string): Expr {
  if (ts.isNumericLiteral(node)) return lit(numberLiteral(Number(node.text), false));
  return cast(named(cpp), exprAsNode(ctx, node, "double"));
}

function printfCall(ctx: LowerContext, node: ts.CallExpression): Expr {
  const [format, ...rest] = node.arguments;
  if (!format || !(ts.isStringLiteral(format) || ts.isNoSubstitutionTemplateLiteral(format))) {
    ctx.report(format ?? node, "printfMismatch", "?", "the format must be a string literal");
    return placeholder();
  }
  const conversions = checkPrintf(ctx, format, rest);
  const texts = rest.map((a, i) => {
    const conv = conversions[i];
    const cpp = cppOf(ctx, a);
    switch (conv) {
      case "s":
        if (cpp === "ts::Uint8Array") return call("reinterpret_cast<const char*>", [methodOf(exprNode(ctx, a), ".", "data", [])]);
        return methodOf(receiverNode(ctx, a), ".", "c_str", []);
      case "d":
      case "i":
      case "c":
        return cast(named("int"), isIntegerCpp(cpp) ? exprNode(ctx, a) : call("ts::toInt32", [exprAsNode(ctx, a, "double")]));
      case "u":
      case "x":
      case "X":
        return cast(named("unsigned"), isIntegerCpp(cpp) ? exprNode(ctx, a) : call("ts::toUint32", [exprAsNode(ctx, a, "double")]));
      default:
        return exprAsNode(ctx, a, "double");
    }
  });
  return cast(DOUBLE, methodOf(nameExpr("Serial"), ".", "printf_P", [call("PSTR", [lit(`"${cStringBody(format.text)}"`)]), ...texts]));
}

function stringMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string): Expr {
  const regexp = regexpStringMethod(ctx, node, object, name);
  if (regexp !== undefined) return raw(regexp);
  if (!STRING_METHODS.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, "string", "supported: " + [...STRING_METHODS].join(", "));
    return placeholder(STRING);
  }
  if (name === "toString") return exprNode(ctx, object);
  const resultCpp = cppOf(ctx, node);
  const recv = stringReceiverNode(ctx, object, name);
  if ((name === "slice" || name === "substring") && node.arguments.length === 0) return methodOf(recv, ".", "slice", [lit("0")], resultCpp);
  return receiverFirst(ctx, node, object, recv, (r, a) => methodOf(r, ".", name, a, resultCpp), resultCpp);
}

/**
 * `recv.m(args)` with the receiver evaluated before the arguments, as JavaScript does: an argument that assigns
 * the receiver's variable (`s.charAt(f())` where f assigns s) must not change which value the method runs on
 * (C++ reads the variable when the call happens).
 */
function receiverFirst(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, recv: Expr, build: (recv: Expr, args: Expr[]) => Expr, resultCpp: string): Expr {
  return callArgs(ctx, node, ([r, ...a]) => build(r, a), resultCpp, [{ node: object, text: recv, cpp: cppOf(ctx, object) }]);
}

function simpleMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, allowed: Set<string>, what: string): Expr {
  if (!allowed.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, what, "supported: " + [...allowed].join(", "));
    return placeholder();
  }
  const recv = receiverNode(ctx, object);
  const resultCpp = cppOf(ctx, node);
  return callArgs(ctx, node, (a) => methodOf(recv, ".", name, a, resultCpp), resultCpp);
}

function mapMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, objCpp: string, allowed: Set<string>, what: string): Expr {
  if (!allowed.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, what, "supported: " + [...allowed].join(", "));
    return placeholder();
  }
  const recv = receiverNode(ctx, object);
  const resultCpp = cppOf(ctx, node);
  if (name === "forEach") {
    const [k, v] = typeArgs(objCpp);
    const paramCpps = what === "Map" ? [v, k] : [k];
    return methodOf(recv, ".", "forEach", [inlineCallbackNode(ctx, node.arguments[0], paramCpps, "void")], "void");
  }
  if (name === "get" && kindOf(resultCpp) === "opt") return methodOf(recv, ".", "getOpt", [exprAsNode(ctx, node.arguments[0], typeArgs(objCpp)[0])], resultCpp);
  const cppName = name === "delete" ? "remove" : name;
  return callArgs(ctx, node, (a) => methodOf(recv, ".", cppName, a, resultCpp), resultCpp);
}

/** The spellings of a container type's arguments: [K, V] of ts::Map<K, V>, [T] of ts::Array<T> / ts::Set<T>. */
export function typeArgs(cpp: string): string[] {
  const t: CppType = typeFromSpelling(cpp);
  if (t.kind === "map") return [printType(t.key), printType(t.value)];
  if (t.kind === "array" || t.kind === "set") return [printType(t.element)];
  return ["double"];
}

function arrayMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, objCpp: string): Expr {
  const more = moreArrayMethod(ctx, node, object, name, objCpp);
  if (more !== undefined) return raw(more);
  if (!ARRAY_METHODS.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, "arrays", "supported: " + [...ARRAY_METHODS].join(", "));
    return placeholder();
  }
  const element = typeArgs(objCpp)[0];
  const recv = memberReceiverNode(ctx, object, name);
  const resultCpp = cppOf(ctx, node);
  const args = node.arguments;
  const method = (m: string, a: readonly Expr[]) => methodOf(recv, ".", m, a, resultCpp);
  if (name === "toString") return call("ts::toString", [recv], STRING);
  if (CALLBACK_METHODS.has(name) && args.length > 0) {
    const fnType = ctx.checker.getTypeAtLocation(args[0]);
    const sig = fnType.getCallSignatures()[0];
    // A callback building object literals for an array typed by its context: the elements' interface.
    const returnCpp = !sig ? "double" : name === "map" && isAnonymousObjectType(ctx.checker, sig.getReturnType()) ? typeArgs(resultCpp)[0] : cppType(ctx, sig.getReturnType(), args[0]);
    let cb: Expr;
    switch (name) {
      case "reduce": {
        const accCpp = args.length > 1 ? resultCpp : element;
        cb = inlineCallbackNode(ctx, args[0], [accCpp, element, "double"], accCpp);
        if (args.length < 2) return method("reduce", [cb]);
        // The array is the one the receiver held before the initial value was computed (`xs.reduce(f, g())`
        // where g assigns xs): C++ would call reduce on the variable as g left it.
        const reducer = cb;
        return sequencedNode(ctx, [object, args[1]], [recv, () => exprAsNode(ctx, args[1], accCpp)], [objCpp, accCpp], ([r, init]) => methodOf(r, ".", "reduce", [reducer, init], resultCpp), resultCpp);
      }
      case "sort":
        cb = inlineCallbackNode(ctx, args[0], [element, element], "double");
        return method("sort", [cb]);
      case "map":
        cb = inlineCallbackNode(ctx, args[0], [element, "double"], returnCpp === "void" ? "double" : returnCpp);
        return method("map", [cb]);
      case "forEach":
        cb = inlineCallbackNode(ctx, args[0], [element, "double"], "void");
        return method("forEach", [cb]);
      case "find":
        cb = inlineCallbackNode(ctx, args[0], [element, "double"], "bool");
        // A callback TypeScript reads as the predicate `v is never` types the result `undefined`.
        if (typeOf(ctx, node).flags & ts.TypeFlags.Undefined) return construct(resultCpp, [call("ts::undefinedAfter", [methodOf(recv, ".", "findOpt", [cb], `ts::Opt<${element}>`)])]);
        return method(kindOf(resultCpp) === "opt" ? "findOpt" : "find", [cb]);
      default:
        cb = inlineCallbackNode(ctx, args[0], [element, "double"], "bool");
        // filter with a type guard (`(s): s is Circle => ...`) narrows the element type.
        return name === "filter" ? convertExpr(methodOf(recv, ".", "filter", [cb], objCpp), objCpp, resultCpp) : method(name, [cb]);
    }
  }
  if ((name === "pop" || name === "shift") && kindOf(resultCpp) === "opt") return method(`${name}Opt`, []);
  if (name === "push" || name === "unshift") {
    const texts = args.map((a) => () => exprAsNode(ctx, a, element));
    // A const variable's array cannot change while the arguments run: no copy of its handle first; the last
    // argument stays in the call. (Not in a program with a try: a call that may throw is tested in front of the
    // push, which needs its value in a temporary.)
    const direct = !errorsActive(ctx);
    if (direct && isConstVariable(ctx, object)) return sequencedNode(ctx, args, texts, args.map(() => element), (v) => methodOf(recv, ".", name, v, "double"), "double", true);
    return sequencedNode(ctx, [object, ...args], [recv, ...texts], [objCpp, ...args.map(() => element)], ([r, ...v]) => methodOf(r, ".", name, v, "double"), "double", direct);
  }
  // JavaScript evaluates the receiver before the arguments (`xs.fill(f())` where f reassigns xs fills the old
  // array): when they interfere, the receiver goes into a temporary first.
  const withReceiver = (cpps: string[], build: (r: Expr, v: Expr[]) => Expr): Expr =>
    sequencedNode(ctx, [object, ...args], [recv, ...args.map((a, i) => exprAsNode(ctx, a, cpps[i]))], [objCpp, ...cpps], ([r, ...v]) => build(r, v), resultCpp);
  if (name === "splice") return withReceiver(args.map((_, i) => (i < 2 ? "double" : element)), (r, v) => methodOf(r, ".", "splice", v, resultCpp));
  if (name === "concat") return withReceiver(args.map(() => objCpp), (r, v) => methodOf(r, ".", "concat", v, resultCpp));
  if (name === "indexOf" || name === "includes" || name === "lastIndexOf" || name === "fill") {
    return withReceiver(args.map((_, i) => (i === 0 ? element : "double")), (r, v) => methodOf(r, ".", name, v, resultCpp));
  }
  if (name === "slice" && args.length === 0) return method("slice", [lit("0")]);
  return callArgs(ctx, node, (a) => methodOf(a[0], ".", name, a.slice(1), resultCpp), resultCpp, [{ node: object, text: recv, cpp: objCpp }]);
}

export function lowerNew(ctx: LowerContext, node: ts.NewExpression): string {
  return printExpr(lowerNewNode(ctx, node));
}

/** `new C(...)` as an expression node (`ts::make<C>(args)`, a container's factory). */
export function lowerNewNode(ctx: LowerContext, node: ts.NewExpression): Expr {
  const cpp = cppOf(ctx, node);
  const type = typeFromSpelling(cpp);
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const symbol = ctx.symbolOf(node.expression);
  const name = symbol?.name;
  const decl = symbol?.declarations?.[0];
  const isBuiltin = !!decl && ctx.isRuntimeFile(decl.getSourceFile().fileName);
  if (isBuiltin) {
    if (ctx.libraryOf(decl)) {
      ctx.report(node, "libraryObjectPlace", name ?? "?");
      return placeholder();
    }
    switch (name) {
      case "RegExp":
        return raw(lowerNewRegExp(ctx, node));
      case "Error":
        ctx.report(node, "throwNonError");
        return placeholder();
      case "Map":
      case "Set": {
        if (!args.length) return call(member(nameExpr(cpp), "::", "create"), [], type);
        const [k, v] = typeArgs(cpp);
        if (name === "Set") {
          const source = exprAsNode(ctx, args[0], printType(arrayOf(typeFromSpelling(k))));
          return withStatementsNode(ctx, cpp, () => {
            const t = nameExpr(temporary(ctx, "auto", call(member(nameExpr(cpp), "::", "create"), [], type), "set"), type);
            ctx.hoist!.lines.push({ kind: "forRange", type: typeFromSpelling(k), name: "_v", range: source, body: [exprStmt(methodOf(t, ".", "add", [nameExpr("_v")]))] });
            return t;
          });
        }
        const entries = args[0];
        if (!ts.isArrayLiteralExpression(entries) || !entries.elements.every((e) => ts.isArrayLiteralExpression(e) && e.elements.length === 2)) {
          ctx.report(entries, "noNewMapEntriesFromValue");
          return placeholder();
        }
        return withStatementsNode(ctx, cpp, () => {
          const sets = entries.elements.map((e) => {
            const [key, value] = (e as ts.ArrayLiteralExpression).elements;
            return [exprAsNode(ctx, key, k), exprAsNode(ctx, value, v)];
          });
          const t = nameExpr(temporary(ctx, "auto", call(member(nameExpr(cpp), "::", "create"), [], type), "map"), type);
          for (const [key, value] of sets) ctx.hoist!.lines.push(exprStmt(methodOf(t, ".", "set", [key, value])));
          return t;
        });
      }
      case "Array":
        if (args.length !== 1) {
          ctx.report(node, "noNewArray");
          return placeholder();
        }
        // new Array(n): n holes, read as undefined (the element type's empty value); usually filled next.
        return call(member(nameExpr(cpp), "::", "ofLength"), [exprAsNode(ctx, args[0], "double")], type);
      case "Uint8Array": {
        if (args.length !== 1) {
          ctx.report(node, "noUint8arrayConstructor");
          return placeholder();
        }
        const argCpp = cppOf(ctx, args[0]);
        if (argCpp === "double" || isIntegerCpp(argCpp)) return call("ts::Uint8Array::withLength", [exprAsNode(ctx, args[0], "double")], type);
        if (argCpp === "ts::Array<double>") return call("ts::Uint8Array::from", [exprNode(ctx, args[0])], type);
        if (argCpp === "ts::Uint8Array") return methodOf(exprNode(ctx, args[0]), ".", "slice", [lit("0")], cpp);
        ctx.report(args[0], "uint8ArrayArgument", ctx.checker.typeToString(typeOf(ctx, args[0])));
        return placeholder();
      }
    }
    ctx.report(node, "unsupportedCall", `new ${name}`, "see docs/language.md for the supported library");
    return placeholder();
  }
  const cls = refClassName(cpp);
  if (!cls || !symbol || !(symbol.flags & ts.SymbolFlags.Class)) {
    ctx.report(node, "noNewExpression");
    return placeholder();
  }
  const abstract = decl && ts.canHaveModifiers(decl) && ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
  if (abstract) ctx.report(node, "noNewAbstractClass");
  return callArgs(ctx, node, (a) => call("ts::make", a, type, [cls]), cpp);
}

export { lowerFunctionExpression, fnCpp, qualifiedName, stringLiteral };

/** `e` names a `const` variable (its value never changes once initialised). */
function isConstVariable(ctx: LowerContext, e: ts.Expression): boolean {
  const decl = ts.isIdentifier(e) ? ctx.symbolOf(e)?.valueDeclaration : undefined;
  return !!decl && ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && !!(decl.parent.flags & ts.NodeFlags.Const);
}
