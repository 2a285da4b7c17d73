// Calls and `new`: user functions and methods (arguments converted to the parameter representations, generic
// functions instantiated with explicit template arguments), closures, library objects, and the built-in
// JavaScript and Arduino APIs (console, Serial, Math, Number, string/array/Map/Set members), which map onto
// the runtime's functions of the same names (docs/runtime-api.md).
import ts from "typescript";
import { kindOf } from "../ir/types.js";
import type { LowerContext } from "./context.js";
import { isAnonymousObjectType, cppType, cppIdentifier, qualifiedName, isStringType, isNumberType, fnCpp, symbolCpp, FIXED_WIDTH } from "./types.js";
import { expr, exprAs, cppOf, typeOf, receiver, memberReceiver, sequenced, convert, isScalarCpp, isIntegerCpp, storageExpr, optionalChainValue, stringOperand, stringOperandCpp, contextualType, withStatements, temporary, type Lazy } from "./expressions.js";
import { numberLiteral, stringLiteral, cStringBody, integerLiteral } from "./literals.js";
import { lowerFunctionExpression, inlineCallback } from "./functions.js";
import { checkPrintf } from "./printf.js";
import { inferTypeArguments } from "./generics.js";
import { typeFromSpelling, printType, arrayOf, refClassName, type CppType } from "../ir/types.js";
import { exprStmt, line, raw } from "../ir/nodes.js";
import { spreadCall } from "./spread.js";
import { lowerNewRegExp, regexpStringMethod, unsupportedRegExpMember } from "./regexp.js";
import { checkUnionMethodCall, PRIM, MIXED } from "./unions.js";
import { jsonCall, inspectable } from "./json.js";
import { needInspect, needJsonWrite } from "./object-codecs.js";
import { timerCall } from "./timers.js";
import { selfCallName } from "./yield-clone.js";
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
  const callee = node.expression;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) {
    ctx.report(node, "noSuperHere");
    return "0";
  }
  if (node.questionDotToken && !ctx.checkedLinks.has(node)) return optionalChainValue(ctx, node, node);
  if (node.arguments.some(ts.isSpreadElement)) return spreadCall(ctx, node);  // spread.ts
  if (ts.isPropertyAccessExpression(callee) && callee.questionDotToken && !ctx.checkedLinks.has(callee)) return optionalChainValue(ctx, node, callee);
  if (ts.isPropertyAccessExpression(callee)) return methodCall(ctx, node, callee);
  if (ts.isIdentifier(callee)) {
    const global = globalCall(ctx, node, callee.text);
    if (global !== undefined) return global;
  }
  return plainCall(ctx, node, expr(ctx, callee));
}


/** Arguments converted to the resolved signature's parameter representations, sequenced left to right. */
function callArgs(ctx: LowerContext, node: ts.CallExpression | ts.NewExpression, build: (args: string[]) => string, resultCpp: string, prefix: { node: ts.Node; text: string; cpp: string }[] = []): string {
  const sig = ctx.checker.getResolvedSignature(node);
  const args = node.arguments ?? ts.factory.createNodeArray();
  const params = sig?.getParameters() ?? [];
  const texts: Lazy[] = [];
  const cpps: string[] = [];
  args.forEach((arg, i) => {
    if (ts.isSpreadElement(arg)) ctx.report(arg, "noSpread");
    const param = params[Math.min(i, params.length - 1)];
    const decl = param?.valueDeclaration;
    const builtin = !!decl && ctx.isRuntimeFile(decl.getSourceFile().fileName) && !ctx.libraryOf(decl);
    // Built-in signatures use unions such as `string | RegExp`: the argument's own type says which one is used.
    let cpp = builtin ? cppType(ctx, ctx.checker.getBaseTypeOfLiteralType(contextualType(ctx, arg)), arg) : param ? symbolCpp(ctx, param, arg) : cppOf(ctx, arg);
    if (decl && ts.isParameter(decl) && decl.dotDotDotToken) {
      if (!ctx.isRuntimeFile(decl.getSourceFile().fileName)) ctx.report(arg, "noRestParameters");
      if (builtin) { const c = cpp; texts.push(() => exprAs(ctx, arg, c)); cpps.push(cpp); return; }
      // The runtime's variadic members take each argument as the rest array's element type.
      const restType = ctx.checker.getTypeOfSymbol(param);
      const element = ctx.checker.isArrayType(restType) ? ctx.checker.getTypeArguments(restType as ts.TypeReference)[0] : restType;
      cpp = cppType(ctx, element, arg);
    }
    const c = cpp;
    texts.push(() => exprAs(ctx, arg, c));
    cpps.push(cpp);
  });
  return sequenced(ctx, [...prefix.map((p) => p.node), ...args], [...prefix.map((p) => p.text), ...texts], [...prefix.map((p) => p.cpp), ...cpps], (values) => build(values.slice(prefix.length).length || !prefix.length ? values : values), resultCpp);
}

function plainCall(ctx: LowerContext, node: ts.CallExpression, calleeText: string): string {
  const resultCpp = cppOf(ctx, node);
  const symbol = ctx.symbolOf(node.expression);
  const decl = symbol?.valueDeclaration;
  let name = selfCallName(ctx, symbol, calleeText);  // a recursive function's copies call each other (yield-clone.ts)
  if (decl && ts.isFunctionDeclaration(decl) && decl.typeParameters?.length) {
    const targs = inferTypeArguments(ctx, node, decl);
    if (targs) name += `<${targs.join(", ")}>`;
  }
  // A closure value has no C++ default arguments: omitted optional arguments are passed as undefined.
  const isClosure = !decl || !(ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl));
  const declared = ctx.checker.getResolvedSignature(node)?.getParameters().length ?? 0;
  const padding = isClosure ? Array(Math.max(0, declared - node.arguments.length)).fill("ts::undefined") : [];
  // `fns[9]()`: past the end the element is undefined, and Node's TypeError names the callee's source text.
  let callee: ts.Expression = node.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  if (isClosure && ts.isElementAccessExpression(callee) && /^ts::Fn</.test(cppOf(ctx, node.expression))) {
    const text = callee.getText().replace(/[\\"]/g, "\\$&").replace(/[^\x20-\x7e]/g, (c) => [...Buffer.from(c, "utf8")].map((b) => `\\${b.toString(8).padStart(3, "0")}`).join(""));
    return callArgs(ctx, node, (args) => `${name}.call(${[`PSTR("${text}")`, ...args, ...padding].join(", ")})`, resultCpp);
  }
  return callArgs(ctx, node, (args) => `${name}(${[...args, ...padding].join(", ")})`, resultCpp);
}

function globalCall(ctx: LowerContext, node: ts.CallExpression, name: string): string | undefined {
  const symbol = ctx.symbolOf(node.expression);
  const decl = symbol?.declarations?.[0];
  if (decl && !ctx.isRuntimeFile(decl.getSourceFile().fileName)) return undefined;
  const timer = timerCall(ctx, node, name);
  if (timer !== undefined) return timer;
  const args = node.arguments;
  const arg = (i: number, cpp: string) => exprAs(ctx, args[i], cpp);
  if (name in FIXED_WIDTH && args.length === 1) {
    const to = FIXED_WIDTH[name];
    const from = cppOf(ctx, args[0]);
    if (from === to) return expr(ctx, args[0]);
    // An integer literal is an integer in AssemblyScript: u16(-1) wraps to 65535.
    const literal = args[0];
    const value = ts.isNumericLiteral(literal) ? Number(literal.text) : ts.isPrefixUnaryExpression(literal) && literal.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(literal.operand) ? -Number(literal.operand.text) : undefined;
    if (value !== undefined && Number.isInteger(value) && to !== "double" && to !== "float") return `static_cast<${to}>(${integerLiteral(value)})`;
    if (to === "double") return `static_cast<double>(${expr(ctx, args[0])})`;
    if (isIntegerCpp(from) || from === "bool") return `static_cast<${to}>(${expr(ctx, args[0])})`;
    return `ts::${to.replace(/_t$/, "")}_from(${exprAs(ctx, args[0], "double")})`;
  }
  switch (name) {
    case "String":
      return args.length ? `ts::toString(${stringOperand(ctx, args[0]).text})` : 'TS_STR("")';
    case "Number":
      if (!args.length) return "0.0";
      return isStringType(typeOf(ctx, args[0])) ? `ts::Number(${expr(ctx, args[0])})` : cppOf(ctx, args[0]) === "bool" ? `ts::toNumber(${expr(ctx, args[0])})` : convert(expr(ctx, args[0]), cppOf(ctx, args[0]), "double");
    case "Boolean":
      return `ts::truthy(${expr(ctx, args[0])})`;
    case "parseInt":
      return args.length > 1 ? `ts::parseInt(${arg(0, "ts::String")}, ${arg(1, "double")})` : `ts::parseInt(${arg(0, "ts::String")})`;
    case "parseFloat":
      return `ts::parseFloat(${arg(0, "ts::String")})`;
    case "isNaN":
      return `ts::isNaN(${arg(0, "double")})`;
    case "isFinite":
      return `ts::isFinite(${arg(0, "double")})`;
    case "random":
      return args.length === 2 ? `static_cast<double>(random(${intArg(ctx, args[0])}, ${intArg(ctx, args[1])}))` : `static_cast<double>(random(${intArg(ctx, args[0])}))`;
    case "millis":
    case "micros":
      return `static_cast<double>(${name}())`;
    case "digitalRead":
    case "analogRead":
      return `static_cast<double>(${name}(${intArg(ctx, args[0])}))`;
    case "pinMode":
    case "digitalWrite":
    case "analogWrite":
      return `${name}(${intArg(ctx, args[0])}, ${intArg(ctx, args[1])})`;
    case "delay":
    case "delayMicroseconds":
    case "randomSeed":
      return `${name}(${uintArg(ctx, args[0])})`;
    case "yield":
      return "yield()";
  }
  return undefined;
}

function intArg(ctx: LowerContext, node: ts.Expression): string {
  if (ts.isNumericLiteral(node)) return numberLiteral(Number(node.text), false);
  if (ts.isIdentifier(node) && ctx.symbolOf(node)?.valueDeclaration && ctx.isRuntimeFile(ctx.symbolOf(node)!.valueDeclaration!.getSourceFile().fileName)) return expr(ctx, node);
  const cpp = cppOf(ctx, node);
  if (isIntegerCpp(cpp)) return expr(ctx, node);
  return `ts::toInt32(${exprAs(ctx, node, "double")})`;
}

function uintArg(ctx: LowerContext, node: ts.Expression): string {
  if (ts.isNumericLiteral(node)) return numberLiteral(Number(node.text), false);
  const cpp = cppOf(ctx, node);
  if (isIntegerCpp(cpp)) return expr(ctx, node);
  return `ts::toUint32(${exprAs(ctx, node, "double")})`;
}

function methodCall(ctx: LowerContext, node: ts.CallExpression, callee: ts.PropertyAccessExpression): string {
  const object = callee.expression;
  const name = callee.name.text;
  const args = node.arguments;
  const resultCpp = cppOf(ctx, node);
  if (object.kind === ts.SyntaxKind.SuperKeyword) {
    const base = ctx.checker.getTypeAtLocation(object);
    const baseName = refClassName(cppType(ctx, base, object)) ?? "Base";
    return callArgs(ctx, node, (a) => `${baseName}::${cppIdentifier(name)}(${a.join(", ")})`, resultCpp);
  }
  if (!checkUnionMethodCall(ctx, callee)) return "0";
  if (ts.isIdentifier(object)) {
    const builtin = namespaceCall(ctx, node, object.text, name);
    if (builtin !== undefined) return builtin;
  }
  const objType = ctx.checker.getNonNullableType(typeOf(ctx, object));
  const objCpp = cppType(ctx, objType, object);
  if (unsupportedRegExpMember(ctx, callee.name, objCpp, true)) return "0";
  const symbol = ctx.checker.getSymbolAtLocation(callee.name);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (objCpp === "ts::String") return stringMethod(ctx, node, object, name);
  if (kindOf(objCpp) === "array") return arrayMethod(ctx, node, object, name, objCpp);
  if (objCpp === "ts::Uint8Array") return simpleMethod(ctx, node, object, name, UINT8_METHODS, "Uint8Array");
  if (kindOf(objCpp) === "map") return mapMethod(ctx, node, object, name, objCpp, MAP_METHODS, "Map");
  if (kindOf(objCpp) === "set") return mapMethod(ctx, node, object, name, objCpp, SET_METHODS, "Set");
  if (isNumberType(objType) && (name === "toPrecision" || name === "toExponential")) {
    // An absent or undefined argument: toPrecision() is toString(), toExponential() the shortest digits.
    const given = args.length > 0 && !(ts.isIdentifier(args[0]) && args[0].text === "undefined");
    if (!given) return name === "toPrecision" ? `ts::toString(${exprAs(ctx, object, "double")})` : `ts::toExponential(${exprAs(ctx, object, "double")})`;
    return `ts::${name}(${exprAs(ctx, object, "double")}, ${exprAs(ctx, args[0], "double")})`;
  }
  if (isNumberType(objType) && name === "toFixed") return `ts::toFixed(${exprAs(ctx, object, "double")}, ${args.length ? exprAs(ctx, args[0], "double") : "0"})`;
  if (isNumberType(objType) && name === "toString") return args.length ? `ts::toStringRadix(${exprAs(ctx, object, "double")}, ${exprAs(ctx, args[0], "double")})` : `ts::toString(${expr(ctx, object)})`;
  if (objCpp === "bool" && name === "toString") return `ts::toString(${expr(ctx, object)})`;
  const library = decl ? ctx.libraryOf(decl) : undefined;
  if (decl && library) {
    const owner = ts.isClassDeclaration(decl.parent) || ts.isInterfaceDeclaration(decl.parent) ? decl.parent.name?.text : undefined;
    for (const warning of library.warnings) {
      if (warning.call === `${owner}.${name}` && node.arguments.length < warning.whenArgumentsFewerThan) ctx.warn(node, "insecureWarning", warning.message);
    }
    // A static method of a library class (`HTTPClient.errorToString(code)`) is called on the C++ class.
    const isStatic = ts.canHaveModifiers(decl) && !!ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    const recv = isStatic && ts.isIdentifier(object) && owner ? (library.names[owner] ?? owner) : undefined;
    if (recv) return callArgs(ctx, node, (a) => `${recv}::${name}(${a.join(", ")})`, resultCpp);
    return callArgs(ctx, node, (a) => `${receiver(ctx, object)}.${name}(${a.join(", ")})`, resultCpp);
  }
  const objSymbol = ts.isIdentifier(object) ? ctx.symbolOf(object) : undefined;
  if (objSymbol && objSymbol.flags & ts.SymbolFlags.Class && symbol && symbol.flags & ts.SymbolFlags.Method) {
    return callArgs(ctx, node, (a) => `${qualifiedName(ctx, objSymbol)}::${cppIdentifier(name)}(${a.join(", ")})`, resultCpp);
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Method) {
    let method = cppIdentifier(name);
    if (decl && ts.isMethodDeclaration(decl) && decl.typeParameters?.length) {
      const targs = inferTypeArguments(ctx, node, decl);
      if (targs) method = `template ${method}<${targs.join(", ")}>`;
    }
    const recv = memberReceiver(ctx, object, name);
    return callArgs(ctx, node, (a) => `${recv}->${method}(${a.join(", ")})`, resultCpp);
  }
  if (symbol && symbol.flags & ts.SymbolFlags.Property) {
    // A function-typed property: call the closure it holds.
    return callArgs(ctx, node, (a) => `${receiver(ctx, object)}->${cppIdentifier(name)}(${a.join(", ")})`, resultCpp);
  }
  ctx.report(callee.name, "unsupportedCall", `${ctx.checker.typeToString(objType)}.${name}`, "see docs/language.md for the supported library");
  return "0";
}

function namespaceCall(ctx: LowerContext, node: ts.CallExpression, objectName: string, name: string): string | undefined {
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
      if (json !== undefined) return json;
      break;
    }
    case "Math": {
      const fn = MATH_DIRECT[name];
      if (!fn) break;
      const texts = args.map((a) => () => exprAs(ctx, a, "double"));
      return sequenced(ctx, args, texts, args.map(() => "double"), (v) => `${fn}(${v.join(", ")})`, "double");
    }
    case "Number": {
      const fns: Record<string, string> = { isInteger: "ts::Number_isInteger", isFinite: "ts::Number_isFinite", isNaN: "ts::Number_isNaN", isSafeInteger: "ts::Number_isSafeInteger", parseFloat: "ts::parseFloat", parseInt: "ts::parseInt" };
      if (!fns[name]) break;
      if (name.startsWith("parse")) return `${fns[name]}(${args.map((a, i) => exprAs(ctx, a, i === 0 ? "ts::String" : "double")).join(", ")})`;
      return `${fns[name]}(${exprAs(ctx, args[0], "double")})`;
    }
    case "String":
      if (name === "fromCharCode") return `ts::String::fromCharCode(${args.map((a) => exprAs(ctx, a, "double")).join(", ")})`;
      if (name === "fromCodePoint") return stringNamespaceCall(ctx, node, name);
      break;
    case "Object": {
      const more = objectNamespaceCall(ctx, node, name);
      if (more !== undefined) return more;
      break;
    }
    case "Array": {
      const more = arrayNamespaceCall(ctx, node, name);
      if (more !== undefined) return more;
      break;
    }
    default:
      return undefined;
  }
  ctx.report(node.expression, "unsupportedCall", `${objectName}.${name}`, "see docs/language.md for the supported library");
  return "0";
}

function consoleCall(ctx: LowerContext, node: ts.CallExpression, name: string): string {
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
  const texts = args.map((a) => () => (asString(a) ? stringOperand(ctx, a).text : printable(ctx, a)));
  const cpps = args.map((a) => (asString(a) ? stringOperandCpp(ctx, a) : cppOf(ctx, a)));
  return sequenced(ctx, args, texts, cpps, (v) => `ts::console_${name}(${v.join(", ")})`, "void");
}

/** An expression as something ts::print/console_log can print (integers print as numbers). */
function printable(ctx: LowerContext, node: ts.Expression): string {
  if (ts.isNumericLiteral(node)) return numberLiteral(Number(node.text), true);
  const cpp = cppOf(ctx, node);
  if (cpp === "int64_t" || cpp === "uint64_t") return `ts::toString(${expr(ctx, node)})`;
  if ((isIntegerCpp(cpp) && cpp !== "int32_t" && cpp !== "uint32_t") || cpp === "float") return `static_cast<double>(${expr(ctx, node)})`;
  return expr(ctx, node);
}

function serialCall(ctx: LowerContext, node: ts.CallExpression, name: string): string {
  const args = node.arguments;
  switch (name) {
    case "print":
    case "println": {
      if (!args.length) return `ts::${name}(Serial)`;
      const a = args[0];
      const cpp = cppOf(ctx, a);
      if (cpp === PRIM || cpp === MIXED) return `ts::${name}(Serial, ts::toString(${expr(ctx, a)}))`;
      if (!(isScalarCpp(cpp) || cpp === "ts::String" || cpp === "IPAddress")) ctx.report(a, "consoleLogObject", ctx.checker.typeToString(typeOf(ctx, a)));
      return `ts::${name}(Serial, ${printable(ctx, a)})`;
    }
    case "printf":
      return printfCall(ctx, node);
    case "write": {
      const cpp = cppOf(ctx, args[0]);
      if (cpp === "ts::Uint8Array") return `static_cast<double>(Serial.write(${expr(ctx, args[0])}.data(), ${expr(ctx, args[0])}.size()))`;
      if (cpp === "ts::String") return `static_cast<double>(ts::write(Serial, ${expr(ctx, args[0])}))`;
      return `static_cast<double>(Serial.write(static_cast<uint8_t>(ts::toUint32(${exprAs(ctx, args[0], "double")}))))`;
    }
    case "begin":
      return `Serial.begin(${numberArg(ctx, args[0], "unsigned long")})`;
    case "available":
    case "read":
      return `static_cast<double>(Serial.${name}())`;
    case "flush":
      return "Serial.flush()";
    case "setDebugOutput":
      return `Serial.setDebugOutput(${exprAs(ctx, args[0], "bool")})`;
  }
  ctx.report(node.expression, "unsupportedCall", `Serial.${name}`, "see docs/language.md for the supported Serial members");
  return "0";
}

function numberArg(ctx: LowerContext, node: ts.Expression, cpp: string): string {
  if (ts.isNumericLiteral(node)) return numberLiteral(Number(node.text), false);
  return `static_cast<${cpp}>(${exprAs(ctx, node, "double")})`;
}

function printfCall(ctx: LowerContext, node: ts.CallExpression): string {
  const [format, ...rest] = node.arguments;
  if (!format || !(ts.isStringLiteral(format) || ts.isNoSubstitutionTemplateLiteral(format))) {
    ctx.report(format ?? node, "printfMismatch", "?", "the format must be a string literal");
    return "0";
  }
  const conversions = checkPrintf(ctx, format, rest);
  const texts = rest.map((a, i) => {
    const conv = conversions[i];
    const cpp = cppOf(ctx, a);
    switch (conv) {
      case "s":
        if (cpp === "ts::Uint8Array") return `reinterpret_cast<const char*>(${expr(ctx, a)}.data())`;
        return `${receiver(ctx, a)}.c_str()`;
      case "d":
      case "i":
      case "c":
        return isIntegerCpp(cpp) ? `static_cast<int>(${expr(ctx, a)})` : `static_cast<int>(ts::toInt32(${exprAs(ctx, a, "double")}))`;
      case "u":
      case "x":
      case "X":
        return isIntegerCpp(cpp) ? `static_cast<unsigned>(${expr(ctx, a)})` : `static_cast<unsigned>(ts::toUint32(${exprAs(ctx, a, "double")}))`;
      default:
        return exprAs(ctx, a, "double");
    }
  });
  return `static_cast<double>(Serial.printf_P(PSTR("${cStringBody(format.text)}")${texts.map((t) => `, ${t}`).join("")}))`;
}

function stringMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string): string {
  const regexp = regexpStringMethod(ctx, node, object, name);
  if (regexp !== undefined) return regexp;
  if (!STRING_METHODS.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, "string", "supported: " + [...STRING_METHODS].join(", "));
    return "ts::String()";
  }
  if (name === "toString") return expr(ctx, object);
  const resultCpp = cppOf(ctx, node);
  const recv = { node: object as ts.Node, text: receiver(ctx, object), cpp: "ts::String" };
  if ((name === "slice" || name === "substring") && node.arguments.length === 0) return `${recv.text}.slice(0)`;
  return callArgs(ctx, node, (a) => `${recv.text}.${name}(${a.join(", ")})`, resultCpp);
}

function simpleMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, allowed: Set<string>, what: string): string {
  if (!allowed.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, what, "supported: " + [...allowed].join(", "));
    return "0";
  }
  const recv = receiver(ctx, object);
  return callArgs(ctx, node, (a) => `${recv}.${name}(${a.join(", ")})`, cppOf(ctx, node));
}

function mapMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, objCpp: string, allowed: Set<string>, what: string): string {
  if (!allowed.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, what, "supported: " + [...allowed].join(", "));
    return "0";
  }
  const recv = receiver(ctx, object);
  const resultCpp = cppOf(ctx, node);
  if (name === "forEach") {
    const [k, v] = typeArgs(objCpp);
    const paramCpps = what === "Map" ? [v, k] : [k];
    return `${recv}.forEach(${inlineCallback(ctx, node.arguments[0], paramCpps, "void")})`;
  }
  if (name === "get" && kindOf(resultCpp) === "opt") return `${recv}.getOpt(${exprAs(ctx, node.arguments[0], typeArgs(objCpp)[0])})`;
  const cppName = name === "delete" ? "remove" : name;
  return callArgs(ctx, node, (a) => `${recv}.${cppName}(${a.join(", ")})`, resultCpp);
}

/** The spellings of a container type's arguments: [K, V] of ts::Map<K, V>, [T] of ts::Array<T> / ts::Set<T>. */
export function typeArgs(cpp: string): string[] {
  const t: CppType = typeFromSpelling(cpp);
  if (t.kind === "map") return [printType(t.key), printType(t.value)];
  if (t.kind === "array" || t.kind === "set") return [printType(t.element)];
  return ["double"];
}

function arrayMethod(ctx: LowerContext, node: ts.CallExpression, object: ts.Expression, name: string, objCpp: string): string {
  const more = moreArrayMethod(ctx, node, object, name, objCpp);
  if (more !== undefined) return more;
  if (!ARRAY_METHODS.has(name)) {
    ctx.report((node.expression as ts.PropertyAccessExpression).name, "unsupportedMember", name, "arrays", "supported: " + [...ARRAY_METHODS].join(", "));
    return "0";
  }
  const element = typeArgs(objCpp)[0];
  const recv = receiver(ctx, object);
  const resultCpp = cppOf(ctx, node);
  const args = node.arguments;
  if (name === "toString") return `ts::toString(${recv})`;
  if (CALLBACK_METHODS.has(name) && args.length > 0) {
    const fnType = ctx.checker.getTypeAtLocation(args[0]);
    const sig = fnType.getCallSignatures()[0];
    // A callback building object literals for an array typed by its context: the elements' interface.
    const returnCpp = !sig ? "double" : name === "map" && isAnonymousObjectType(ctx.checker, sig.getReturnType()) ? typeArgs(resultCpp)[0] : cppType(ctx, sig.getReturnType(), args[0]);
    let cb: string;
    switch (name) {
      case "reduce": {
        const accCpp = args.length > 1 ? resultCpp : element;
        cb = inlineCallback(ctx, args[0], [accCpp, element, "double"], accCpp);
        return args.length > 1 ? `${recv}.reduce(${cb}, ${exprAs(ctx, args[1], accCpp)})` : `${recv}.reduce(${cb})`;
      }
      case "sort":
        cb = inlineCallback(ctx, args[0], [element, element], "double");
        return `${recv}.sort(${cb})`;
      case "map":
        cb = inlineCallback(ctx, args[0], [element, "double"], returnCpp === "void" ? "double" : returnCpp);
        return `${recv}.map(${cb})`;
      case "forEach":
        cb = inlineCallback(ctx, args[0], [element, "double"], "void");
        return `${recv}.forEach(${cb})`;
      case "find":
        cb = inlineCallback(ctx, args[0], [element, "double"], "bool");
        return `${recv}.${kindOf(resultCpp) === "opt" ? "findOpt" : "find"}(${cb})`;
      default:
        cb = inlineCallback(ctx, args[0], [element, "double"], "bool");
        // filter with a type guard (`(s): s is Circle => ...`) narrows the element type.
        return name === "filter" ? convert(`${recv}.filter(${cb})`, objCpp, resultCpp) : `${recv}.${name}(${cb})`;
    }
  }
  if ((name === "pop" || name === "shift") && kindOf(resultCpp) === "opt") return `${recv}.${name}Opt()`;
  if (name === "push" || name === "unshift") {
    const texts = args.map((a) => () => exprAs(ctx, a, element));
    return sequenced(ctx, [object, ...args], [recv, ...texts], [objCpp, ...args.map(() => element)], ([r, ...v]) => `${r}.${name}(${v.join(", ")})`, "double");
  }
  // JavaScript evaluates the receiver before the arguments (`xs.fill(f())` where f reassigns xs fills the old
  // array): when they interfere, the receiver goes into a temporary first.
  const withReceiver = (cpps: string[], build: (r: string, v: string[]) => string): string =>
    sequenced(ctx, [object, ...args], [recv, ...args.map((a, i) => exprAs(ctx, a, cpps[i]))], [objCpp, ...cpps], ([r, ...v]) => build(r, v), resultCpp);
  if (name === "splice") return withReceiver(args.map((_, i) => (i < 2 ? "double" : element)), (r, v) => `${r}.splice(${v.join(", ")})`);
  if (name === "concat") return withReceiver(args.map(() => objCpp), (r, v) => `${r}.concat(${v.join(", ")})`);
  if (name === "indexOf" || name === "includes" || name === "lastIndexOf" || name === "fill") {
    return withReceiver(args.map((_, i) => (i === 0 ? element : "double")), (r, v) => `${r}.${name}(${v.join(", ")})`);
  }
  if (name === "slice" && args.length === 0) return `${recv}.slice(0)`;
  return callArgs(ctx, node, (a) => `${a[0]}.${name}(${a.slice(1).join(", ")})`, resultCpp, [{ node: object, text: recv, cpp: objCpp }]);
}

export function lowerNew(ctx: LowerContext, node: ts.NewExpression): string {
  const cpp = cppOf(ctx, node);
  const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const symbol = ctx.symbolOf(node.expression);
  const name = symbol?.name;
  const decl = symbol?.declarations?.[0];
  const isBuiltin = !!decl && ctx.isRuntimeFile(decl.getSourceFile().fileName);
  if (isBuiltin) {
    if (ctx.libraryOf(decl)) {
      ctx.report(node, "libraryObjectPlace", name ?? "?");
      return "0";
    }
    switch (name) {
      case "RegExp":
        return lowerNewRegExp(ctx, node);
      case "Error":
        ctx.report(node, "throwNonError");
        return "0";
      case "Map":
      case "Set": {
        if (!args.length) return `${cpp}::create()`;
        const [k, v] = typeArgs(cpp);
        if (name === "Set") {
          const source = exprAs(ctx, args[0], printType(arrayOf(typeFromSpelling(k))));
          return withStatements(ctx, cpp, () => {
            const t = temporary(ctx, "auto", `${cpp}::create()`, "set");
            ctx.hoist!.lines.push(line(`for (${k} _v : ${source}) ${t}.add(_v);`));
            return t;
          });
        }
        const entries = args[0];
        if (!ts.isArrayLiteralExpression(entries) || !entries.elements.every((e) => ts.isArrayLiteralExpression(e) && e.elements.length === 2)) {
          ctx.report(entries, "noNewMapEntriesFromValue");
          return "0";
        }
        return withStatements(ctx, cpp, () => {
          const sets = entries.elements.map((e) => {
            const [key, value] = (e as ts.ArrayLiteralExpression).elements;
            return [exprAs(ctx, key, k), exprAs(ctx, value, v)];
          });
          const t = temporary(ctx, "auto", `${cpp}::create()`, "map");
          for (const [key, value] of sets) ctx.hoist!.lines.push(exprStmt(raw(`${t}.set(${key}, ${value})`)));
          return t;
        });
      }
      case "Array":
        if (args.length !== 1) {
          ctx.report(node, "noNewArray");
          return "0";
        }
        // new Array(n): n holes, read as undefined (the element type's empty value); usually filled next.
        return `${cpp}::ofLength(${exprAs(ctx, args[0], "double")})`;
      case "Uint8Array": {
        if (args.length !== 1) {
          ctx.report(node, "noUint8arrayConstructor");
          return "0";
        }
        const argCpp = cppOf(ctx, args[0]);
        if (argCpp === "double" || isIntegerCpp(argCpp)) return `ts::Uint8Array::withLength(${exprAs(ctx, args[0], "double")})`;
        if (argCpp === "ts::Array<double>") return `ts::Uint8Array::from(${expr(ctx, args[0])})`;
        if (argCpp === "ts::Uint8Array") return `${expr(ctx, args[0])}.slice(0)`;
        ctx.report(args[0], "uint8ArrayArgument", ctx.checker.typeToString(typeOf(ctx, args[0])));
        return "0";
      }
    }
    ctx.report(node, "unsupportedCall", `new ${name}`, "see docs/language.md for the supported library");
    return "0";
  }
  const cls = refClassName(cpp);
  if (!cls || !symbol || !(symbol.flags & ts.SymbolFlags.Class)) {
    ctx.report(node, "noNewExpression");
    return "0";
  }
  const abstract = decl && ts.canHaveModifiers(decl) && ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
  if (abstract) ctx.report(node, "noNewAbstractClass");
  return callArgs(ctx, node, (a) => `ts::make<${cls}>(${a.join(", ")})`, cpp);
}

export { lowerFunctionExpression, fnCpp, qualifiedName, stringLiteral };
