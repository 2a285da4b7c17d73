// User-defined type guards (`v is T`, `asserts v is T`, `this is T`) are trusted by TypeScript: a call that
// returns true narrows the argument to T, one that returns false narrows it to the rest of its type. tsduino
// reads a narrowed value in the narrowed member's representation (`x.as<double>()`), so a guard whose body
// does not prove its claim would read a string as a number where Node just keeps the string. This pass
// proves every guard from its body and rejects the ones it cannot prove (TSD2304).
//
// The proof enumerates the exact run-time kinds the guarded value can have (each primitive member of its
// declared type, each class of the program that is or derives from a class member, each record or class
// that is or implements an interface member) and evaluates the returned expression for each kind with
// three-valued logic: typeof tests, instanceof, `in`, discriminant comparisons (`v.kind === "a"`), null and
// undefined comparisons, `!`, `&&`, `||`, `?:` and `true`/`false` are known; anything else is unknown.
// The guard is accepted when it returns true for every kind of a member TypeScript counts as T (so the false
// branch holds) and false for every kind that is not T (so the true branch holds). `asserts` guards only need
// the second: they return normally only when no leading `if (...) throw` fires.
import ts from "typescript";
import type { LowerContext } from "./lower/context.js";

const enum V { False = 0, True = 1, Unknown = 2 }

type Kind =
  | { kind: "prim"; type: ts.Type; typeofName: string; nullish?: "null" | "undefined" }
  | { kind: "object"; type: ts.Type; symbol: ts.Symbol; record: boolean; callable: boolean }
  | { kind: "opaque"; type: ts.Type };

export function checkTypeGuard(ctx: LowerContext, fn: ts.SignatureDeclaration & { body?: ts.ConciseBody }, files: readonly ts.SourceFile[]): void {
  const predicate = fn.type;
  if (!predicate || !ts.isTypePredicateNode(predicate) || !fn.body) return;
  const checker = ctx.checker;
  const fail = (why: string): void => ctx.report(predicate, "typeGuardUnproven", predicate.getText(), why);
  const claimed = predicate.type ? checker.getTypeFromTypeNode(predicate.type) : undefined;
  const asserts = predicate.assertsModifier !== undefined;

  // The guarded value: a parameter, or `this`.
  let isSubject: (e: ts.Expression) => boolean;
  let declared: ts.Type;
  let thisKinds: Kind[] | undefined;
  if (ts.isThisTypeNode(predicate.parameterName)) {
    isSubject = (e) => e.kind === ts.SyntaxKind.ThisKeyword;
    const cls = fn.parent;
    if (!ts.isClassDeclaration(cls) || !cls.name) return fail("only methods of a named class can be 'this is' guards");
    const symbol = checker.getSymbolAtLocation(cls.name);
    if (!symbol) return fail("its class has no symbol");
    declared = checker.getDeclaredTypeOfSymbol(symbol);
    // The receiver is an object of this class or of a subclass that inherits this very method.
    const name = fn.name && ts.isIdentifier(fn.name) ? fn.name.text : undefined;
    thisKinds = descendants(symbol).filter((k) => {
      if (k.kind !== "object" || name === undefined) return true;
      const method = checker.getPropertyOfType(k.type, name);
      return method?.declarations?.includes(fn as ts.Declaration) ?? false;
    });
  } else {
    const paramName = predicate.parameterName.text;
    const param = fn.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === paramName);
    if (!param) return;
    const paramSymbol = checker.getSymbolAtLocation(param.name);
    isSubject = (e) => ts.isIdentifier(e) && checker.getSymbolAtLocation(e) === paramSymbol;
    declared = checker.getTypeAtLocation(param);
    if (assignsSubject(fn.body, isSubject)) return fail(`'${paramName}' is assigned in its body`);
  }

  // `this is { v: number }` in a class with `v: number | null`, returning `this.v !== null`: a field narrowing.
  if (!asserts && claimed && !declared.isUnion() && provesFieldNarrowing(checker, fn.body, declared, claimed, isSubject)) return;

  const active: ts.Node[] = [fn];
  let unfollowed: string | undefined;

  // The condition under which the guard returns true (or, for `asserts`, returns at all).
  let evaluate: (k: Kind) => V;
  if (asserts) {
    const guards = leadingThrowGuards(fn.body);
    if (!guards) return fail("an 'asserts' guard must begin with 'if (...) throw ...' statements that test the value");
    evaluate = (k) => guards.reduce<V>((acc, g) => and(acc, not(evalExpr(g, k))), V.True);
    if (!claimed) {
      // `asserts v`: returning means v is truthy; accept exactly a leading `if (!v) throw`.
      const ok = guards.some((g) => ts.isPrefixUnaryExpression(skip(g)) && (skip(g) as ts.PrefixUnaryExpression).operator === ts.SyntaxKind.ExclamationToken && isSubject(skip((skip(g) as ts.PrefixUnaryExpression).operand)));
      if (!ok) fail(`the body must begin with 'if (!${predicate.parameterName.getText()}) throw ...'`);
      return;
    }
  } else {
    if (!claimed) return;
    const body = fn.body;
    if (ts.isBlock(body)) {
      const e = blockResult(body.statements, 0);
      if (!e) return fail("its body must be a single 'return' of a type test (typeof, instanceof, 'in', a discriminant or a null check, combined with !, && and ||), optionally after 'if (...) return ...' statements");
      evaluate = e;
    } else {
      evaluate = (k) => evalExpr(body, k);
    }
  }
  if (!claimed) return;

  const members = declared.isUnion() ? declared.types : [declared];
  for (const member of members) {
    const memberIsClaimed = checker.isTypeAssignableTo(member, claimed);
    // A class or interface that already is the claimed shape (`this is { v: number }` in a class whose `v` is a
    // number): TypeScript's true branch keeps the member's own type (the claim is no subtype of it), so the
    // representation does not change.
    const keepsMember = memberIsClaimed && !checker.isTypeAssignableTo(claimed, member);
    const kinds = thisKinds ?? kindsOf(member);
    for (const k of kinds) {
      unfollowed = undefined;
      const v = evaluate(k);
      const name = checker.typeToString(k.type);
      const cannotSee = v === V.Unknown && unfollowed ? `; it cannot follow the call ${unfollowed}` : "";
      // Its false branch narrows a value of one such type to never: nothing reads it in another representation.
      if (!asserts && memberIsClaimed && v !== V.True && members.length > 1) {
        return fail(`it ${v === V.False ? "returns" : "may return"} false for a '${name}', which TypeScript then treats as not '${checker.typeToString(claimed)}'${cannotSee}`);
      }
      if (v !== V.False && !isClaimed(k, claimed) && !(keepsMember && k.kind === "object")) {
        return fail(`it ${v === V.True ? "returns" : "may return"} ${asserts ? "normally" : "true"} for a '${name}', which is not '${checker.typeToString(claimed)}'${cannotSee}`);
      }
    }
  }

  // `if (c) return a; ... return z;` (and `if (c) return a; else return b;`) as a function of the kind.
  function blockResult(statements: readonly ts.Statement[], from: number): ((k: Kind) => V) | undefined {
    const s = statements[from];
    if (!s) return undefined;
    if (ts.isReturnStatement(s)) {
      const e = s.expression;
      return e ? (k) => evalExpr(e, k) : undefined;
    }
    if (ts.isIfStatement(s)) {
      const then = branchResult(s.thenStatement);
      const rest = s.elseStatement ? branchResult(s.elseStatement) : blockResult(statements, from + 1);
      if (!then || !rest) return undefined;
      const cond = s.expression;
      return (k) => choose(evalExpr(cond, k), () => then(k), () => rest(k));
    }
    return undefined;
  }
  function branchResult(s: ts.Statement): ((k: Kind) => V) | undefined {
    return ts.isBlock(s) ? blockResult(s.statements, 0) : blockResult([s], 0);
  }

  function evalExpr(node: ts.Expression, k: Kind): V {
    const e = skip(node);
    if (e.kind === ts.SyntaxKind.TrueKeyword) return V.True;
    if (e.kind === ts.SyntaxKind.FalseKeyword) return V.False;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return not(evalExpr(e.operand, k));
    if (ts.isConditionalExpression(e)) return choose(evalExpr(e.condition, k), () => evalExpr(e.whenTrue, k), () => evalExpr(e.whenFalse, k));
    if (ts.isCallExpression(e)) return callResult(e, k);
    if (!ts.isBinaryExpression(e)) return V.Unknown;
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return and(evalExpr(e.left, k), evalExpr(e.right, k));
    if (op === ts.SyntaxKind.BarBarToken) return or(evalExpr(e.left, k), evalExpr(e.right, k));
    if (op === ts.SyntaxKind.InstanceOfKeyword) return isSubject(skip(e.left)) ? instanceOf(k, e.right) : V.Unknown;
    if (op === ts.SyntaxKind.InKeyword) return isSubject(skip(e.right)) && ts.isStringLiteralLike(skip(e.left)) ? hasProperty(k, (skip(e.left) as ts.StringLiteral).text) : V.Unknown;
    const negated = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    const loose = op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
    if (!negated && !loose && op !== ts.SyntaxKind.EqualsEqualsEqualsToken) return V.Unknown;
    const v = compare(skip(e.left), skip(e.right), k, loose);
    return negated ? not(v) : v;
  }

  // A call that tests the value by another function: `isCat(p)`, `!isFish(p)`, `p.isReady()`.
  // The callee's own body is evaluated for the same kind, with its parameter (or `this`) as the value, so a
  // guard built from proven guards (or from boolean helpers that are one type test) is proven by composition.
  // Followed: a function declaration, a `const` bound arrow or function expression, a static method named
  // through its class, and a method called on the value itself, chosen by the kind's class as the virtual
  // call chooses it. Anything else is unknown, and the first such call is named in the diagnostic.
  function callResult(call: ts.CallExpression, k: Kind): V {
    const callee = skip(call.expression);
    const argIndex = call.arguments.findIndex((a) => isSubject(skip(a)));
    const onSubject = ts.isPropertyAccessExpression(callee) && isSubject(skip(callee.expression));
    if (argIndex < 0 && !onSubject) return V.Unknown;
    const unknown = (why: string): V => {
      unfollowed ??= `'${call.getText()}' (${why})`;
      return V.Unknown;
    };
    if (call.questionDotToken || (ts.isPropertyAccessExpression(callee) && callee.questionDotToken)) return unknown("an optional call");
    let target: ts.FunctionLikeDeclaration | undefined;
    let subject: (e: ts.Expression) => boolean;
    if (onSubject) {
      // `p.isReady()`: the method of the value's own class (an override included).
      if (k.kind !== "object") return unknown("a method of a value that is not an object of the program");
      const method = checker.getPropertyOfType(k.type, (callee as ts.PropertyAccessExpression).name.text);
      const d = method?.declarations?.length === 1 ? method.declarations[0] : undefined;
      if (!d || !ts.isMethodDeclaration(d) || !d.body) return unknown(`not a method with a body on '${checker.typeToString(k.type)}'`);
      target = d;
      subject = (x) => x.kind === ts.SyntaxKind.ThisKeyword;
    } else {
      const d = checker.getResolvedSignature(call)?.declaration;
      if (!d || ts.isJSDocSignature(d) || !("body" in d) || !d.body) return unknown("not a function with a body");
      if (ts.isMethodDeclaration(d)) {
        // A static method named through its class: `Pets.isCat(p)`.
        const isStatic = ts.getModifiers(d)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false;
        const owner = ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? resolved(checker.getSymbolAtLocation(callee.expression)) : undefined;
        if (!isStatic || !owner || !(owner.flags & ts.SymbolFlags.Class)) return unknown("a method the call may not reach: call a function or a static method");
      } else if (ts.isArrowFunction(d) || ts.isFunctionExpression(d)) {
        // `const isCat = (p: Pet): p is Cat => ...`, called by that name.
        const decl = d.parent;
        const bound = ts.isIdentifier(callee) ? resolved(checker.getSymbolAtLocation(callee))?.valueDeclaration : undefined;
        if (!ts.isVariableDeclaration(decl) || decl.initializer !== d || bound !== decl || !(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return unknown("not a function declaration or a 'const' function");
      } else if (!ts.isFunctionDeclaration(d)) {
        return unknown("not a function declaration or a 'const' function");
      }
      target = d as ts.FunctionLikeDeclaration;
      const param = target.parameters[argIndex];
      if (!param || param.dotDotDotToken || !ts.isIdentifier(param.name)) return unknown("the value is not passed to a plain parameter");
      const paramSymbol = checker.getSymbolAtLocation(param.name);
      subject = (x) => ts.isIdentifier(x) && checker.getSymbolAtLocation(x) === paramSymbol;
    }
    const predicate = target.type;
    if (predicate && ts.isTypePredicateNode(predicate) && predicate.assertsModifier) return unknown("an 'asserts' function");
    if (active.includes(target) || active.length > 16) return unknown("a recursive call");
    const body = target.body!;
    if (assignsSubject(body, subject)) return unknown("it assigns its parameter");
    const outer = isSubject;
    isSubject = subject;
    active.push(target);
    try {
      const result = ts.isBlock(body) ? blockResult(body.statements, 0) : (x: Kind) => evalExpr(body, x);
      if (!result) return unknown("its body is not one 'return' of a type test");
      const v = result(k);
      return v === V.Unknown ? unknown(`its body does not decide it for a '${checker.typeToString(k.type)}'`) : v;
    } finally {
      active.pop();
      isSubject = outer;
    }
  }

  // An imported name stands for the exported declaration.
  function resolved(symbol: ts.Symbol | undefined): ts.Symbol | undefined {
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  }

  function compare(a: ts.Expression, b: ts.Expression, k: Kind, loose: boolean): V {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (ts.isTypeOfExpression(x) && isSubject(skip(x.expression)) && ts.isStringLiteralLike(y)) return typeofIs(k, y.text);
      if (isSubject(x)) {
        const n = nullishLiteral(y);
        if (n) return isNullish(k, n, loose);
      }
      if (ts.isPropertyAccessExpression(x) && isSubject(skip(x.expression))) {
        const lit = literalValue(checker.getTypeAtLocation(y));
        if (lit !== undefined) return discriminant(k, x.name.text, lit);
      }
    }
    return V.Unknown;
  }

  function typeofIs(k: Kind, name: string): V {
    if (k.kind === "prim") return k.typeofName === name ? V.True : V.False;
    if (k.kind === "object") return (k.callable ? "function" : "object") === name ? V.True : V.False;
    if (k.type.getCallSignatures().length > 0) return name === "function" ? V.True : V.False;
    return V.Unknown;
  }

  function isNullish(k: Kind, n: "null" | "undefined", loose: boolean): V {
    if (k.kind === "prim") return k.nullish === n || (loose && k.nullish !== undefined) ? V.True : V.False;
    return V.False;  // an object, or a type parameter's value (a nullable instantiation widens the claim as well)
  }

  function instanceOf(k: Kind, right: ts.Expression): V {
    if (k.kind === "prim") return V.False;
    const target = checker.getSymbolAtLocation(right);
    const cls = target && (target.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(target) : target);
    if (!cls) return V.Unknown;
    if (k.kind === "opaque") return V.Unknown;
    if (ancestors(k.symbol).has(cls)) return V.True;
    // A record built from an object literal is an instance of no class; a class outside the chain is not either,
    // and no built-in class (an Error of the library, standing for its built-in subclasses too) is an instance of
    // a class of the program it does not extend.
    if (k.record || isUserDeclared(k.symbol) || isUserDeclared(cls)) return V.False;
    return V.Unknown;
  }

  function hasProperty(k: Kind, name: string): V {
    if (k.kind !== "object") return V.Unknown;
    const p = checker.getPropertyOfType(k.type, name);
    if (!p) return isUserDeclared(k.symbol) ? V.False : V.Unknown;
    return p.flags & ts.SymbolFlags.Optional ? V.Unknown : V.True;
  }

  function discriminant(k: Kind, name: string, value: string | number | boolean): V {
    if (k.kind !== "object") return V.Unknown;
    const p = checker.getPropertyOfType(k.type, name);
    if (!p) return V.Unknown;
    const t = checker.getTypeOfSymbol(p);
    const values = (t.isUnion() ? t.types : [t]).map(literalValue);
    if (values.some((v) => v === undefined)) return V.Unknown;
    if (!values.includes(value)) return V.False;
    return values.length === 1 ? V.True : V.Unknown;
  }

  function literalValue(t: ts.Type): string | number | boolean | undefined {
    if (t.isStringLiteral() || t.isNumberLiteral()) return t.value;
    if (t.flags & ts.TypeFlags.BooleanLiteral) return (t as unknown as { intrinsicName: string }).intrinsicName === "true";
    return undefined;
  }

  function isClaimed(k: Kind, claim: ts.Type): boolean {
    if (k.kind === "object") {
      const anc = ancestors(k.symbol);
      const claimMembers = claim.isUnion() ? claim.types : [claim];
      if (claimMembers.some((c) => c.getSymbol() !== undefined && anc.has(c.getSymbol()!))) return true;
      if (k.record) return checker.isTypeAssignableTo(k.type, claim) && !claimMembers.some((c) => isClassType(c));
      return false;
    }
    return checker.isTypeAssignableTo(k.type, claim);
  }

  function isClassType(t: ts.Type): boolean {
    return t.getSymbol()?.declarations?.some((d) => ts.isClassDeclaration(d)) ?? false;
  }

  // The kinds a value of one member type can have at run time.
  function kindsOf(t: ts.Type): Kind[] {
    const f = t.flags;
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return [{ kind: "prim", type: t, typeofName: "undefined", nullish: "undefined" }];
    if (f & ts.TypeFlags.Null) return [{ kind: "prim", type: t, typeofName: "object", nullish: "null" }];
    if (f & ts.TypeFlags.NumberLike) return [{ kind: "prim", type: t, typeofName: "number" }];
    if (f & ts.TypeFlags.StringLike) return [{ kind: "prim", type: t, typeofName: "string" }];
    if (f & ts.TypeFlags.BooleanLike) return [{ kind: "prim", type: t, typeofName: "boolean" }];
    if (f & ts.TypeFlags.BigIntLike) return [{ kind: "prim", type: t, typeofName: "bigint" }];
    if (f & ts.TypeFlags.ESSymbolLike) return [{ kind: "prim", type: t, typeofName: "symbol" }];
    const symbol = t.getSymbol();
    if (!(f & ts.TypeFlags.Object) || !symbol || !(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) return [{ kind: "opaque", type: t }];
    return descendants(symbol);
  }

  // An abstract class of the program has no object of its own: only its concrete subclasses' objects.
  function descendants(symbol: ts.Symbol): Kind[] {
    const out: Kind[] = isAbstract(symbol) ? [] : [objectKind(symbol)];
    for (const s of userTypes()) if (s !== symbol && !isAbstract(s) && ancestors(s).has(symbol)) out.push(objectKind(s));
    return out;
  }

  function isAbstract(symbol: ts.Symbol): boolean {
    return isUserDeclared(symbol) && (symbol.declarations ?? []).some((d) => ts.isClassDeclaration(d) && (ts.getModifiers(d)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword) ?? false));
  }

  function objectKind(symbol: ts.Symbol): Kind {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const record = !(symbol.flags & ts.SymbolFlags.Class) && isUserDeclared(symbol);
    return { kind: "object", type, symbol, record, callable: type.getCallSignatures().length > 0 };
  }

  function isUserDeclared(symbol: ts.Symbol): boolean {
    return symbol.declarations?.some((d) => files.includes(d.getSourceFile())) ?? false;
  }
}

// The classes and interfaces of the program, and for each the classes and interfaces it extends or implements.
const userTypeCache = new WeakMap<readonly ts.SourceFile[], ts.Symbol[]>();
let currentFiles: readonly ts.SourceFile[] = [];
let currentChecker: ts.TypeChecker | undefined;
const ancestorCache = new Map<ts.Symbol, Set<ts.Symbol>>();

export function prepareTypeGuards(checker: ts.TypeChecker, files: readonly ts.SourceFile[]): void {
  currentFiles = files;
  currentChecker = checker;
  ancestorCache.clear();
}

function userTypes(): ts.Symbol[] {
  let cached = userTypeCache.get(currentFiles);
  if (cached) return cached;
  const checker = currentChecker!;
  cached = [];
  const seen = new Set<ts.Symbol>();
  const visit = (node: ts.Node): void => {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      const s = checker.getSymbolAtLocation(node.name);
      if (s && !seen.has(s)) {
        seen.add(s);
        cached!.push(s);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const f of currentFiles) visit(f);
  userTypeCache.set(currentFiles, cached);
  return cached;
}

function ancestors(symbol: ts.Symbol): Set<ts.Symbol> {
  const cached = ancestorCache.get(symbol);
  if (cached) return cached;
  const checker = currentChecker!;
  const out = new Set<ts.Symbol>([symbol]);
  ancestorCache.set(symbol, out);
  for (const d of symbol.declarations ?? []) {
    if (!ts.isClassDeclaration(d) && !ts.isInterfaceDeclaration(d)) continue;
    for (const clause of d.heritageClauses ?? []) {
      for (const h of clause.types) {
        let s = checker.getSymbolAtLocation(h.expression);
        if (s && s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        if (!s) continue;
        // `interface Error` and `var Error` share the symbol; a type alias resolves to its type's symbol.
        if (s.flags & ts.SymbolFlags.TypeAlias) s = checker.getDeclaredTypeOfSymbol(s).getSymbol() ?? s;
        for (const a of ancestors(s)) out.add(a);
      }
    }
  }
  return out;
}

function skip(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

function not(v: V): V {
  return v === V.Unknown ? V.Unknown : v === V.True ? V.False : V.True;
}
function and(a: V, b: V): V {
  if (a === V.False || b === V.False) return V.False;
  return a === V.True && b === V.True ? V.True : V.Unknown;
}
function or(a: V, b: V): V {
  if (a === V.True || b === V.True) return V.True;
  return a === V.False && b === V.False ? V.False : V.Unknown;
}
function choose(c: V, then: () => V, otherwise: () => V): V {
  if (c === V.True) return then();
  if (c === V.False) return otherwise();
  const a = then();
  return a === otherwise() ? a : V.Unknown;
}

function nullishLiteral(e: ts.Expression): "null" | "undefined" | undefined {
  if (e.kind === ts.SyntaxKind.NullKeyword) return "null";
  if (ts.isIdentifier(e) && e.text === "undefined") return "undefined";
  return undefined;
}

// `if (c) throw ...;` statements at the start of an `asserts` body; the function returns only if none fired.
function leadingThrowGuards(body: ts.ConciseBody): ts.Expression[] | undefined {
  if (!ts.isBlock(body)) return undefined;
  const out: ts.Expression[] = [];
  for (const s of body.statements) {
    if (!ts.isIfStatement(s) || s.elseStatement) break;
    const t = ts.isBlock(s.thenStatement) && s.thenStatement.statements.length === 1 ? s.thenStatement.statements[0] : s.thenStatement;
    if (!ts.isThrowStatement(t)) break;
    out.push(s.expression);
  }
  // A `return` before the end would not matter after the guards, but one inside them is impossible here.
  return out.length > 0 ? out : undefined;
}

function assignsSubject(body: ts.Node, isSubject: (e: ts.Expression) => boolean): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isSubject(skip(n.left))) found = true;
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && isSubject(skip(n.operand))) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}

/**
 * A guard that claims a shape its class or interface has with some members' null/undefined taken away
 * (`this is { v: number }` where `v: number | null`; lower/types.ts, guardNarrowedObject, reads the narrowed value
 * as the class's object), whose body is one `return` of a conjunction that tests each such member against every
 * nullish value its type has (`this.v !== null`, `x.v != null`, `typeof this.v === "number"`); the other terms
 * neither call nor assign anything. Its false branch keeps the declared type.
 */
function provesFieldNarrowing(checker: ts.TypeChecker, body: ts.ConciseBody, declared: ts.Type, claimed: ts.Type, isSubject: (e: ts.Expression) => boolean): boolean {
  const symbol = declared.getSymbol();
  if (!symbol || !(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface))) return false;
  // `x is I & { v: number }`: the shape part of the claim.
  if (claimed.isIntersection()) {
    const rest = claimed.types.filter((m) => m !== declared);
    if (rest.length !== 1 || rest.length === claimed.types.length) return false;
    claimed = rest[0];
  }
  const claimSymbol = claimed.getSymbol();
  if (!claimSymbol || !(claimSymbol.flags & ts.SymbolFlags.TypeLiteral) || checker.getSignaturesOfType(claimed, ts.SignatureKind.Call).length) return false;
  // The members whose null / undefined the claim takes away, and which of the two each must be tested against.
  const needs = new Map<string, { null: boolean; undefined: boolean; base: ts.Type }>();
  for (const p of checker.getPropertiesOfType(claimed)) {
    const own = checker.getPropertyOfType(declared, p.name);
    if (!own || own.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.Accessor) || p.flags & ts.SymbolFlags.Optional) return false;
    const ownType = checker.getTypeOfSymbol(own);
    const claimType = checker.getTypeOfSymbol(p);
    const base = checker.getNonNullableType(ownType);
    if (!checker.isTypeAssignableTo(base, claimType) || !checker.isTypeAssignableTo(claimType, base)) return false;
    const members = ownType.isUnion() ? ownType.types : [ownType];
    const hasNull = members.some((m) => m.flags & ts.TypeFlags.Null);
    const hasUndefined = members.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) || (own.flags & ts.SymbolFlags.Optional) !== 0;
    if (hasNull || hasUndefined) needs.set(p.name, { null: hasNull, undefined: hasUndefined, base });
  }
  if (!needs.size) return false;
  let result: ts.Expression | undefined;
  if (ts.isBlock(body)) {
    if (body.statements.length !== 1 || !ts.isReturnStatement(body.statements[0])) return false;
    result = body.statements[0].expression;
  } else {
    result = body;
  }
  if (!result) return false;
  const terms: ts.Expression[] = [];
  const split = (e: ts.Expression): void => {
    e = skip(e);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      split(e.left);
      split(e.right);
    } else {
      terms.push(e);
    }
  };
  split(result);
  const excluded = new Map<string, { null: boolean; undefined: boolean }>();
  const field = (e: ts.Expression): string | undefined => {
    e = skip(e);
    return ts.isPropertyAccessExpression(e) && !e.questionDotToken && isSubject(skip(e.expression)) && needs.has(e.name.text) ? e.name.text : undefined;
  };
  for (const term of terms) {
    if (hasEffects(term)) return false;
    if (!ts.isBinaryExpression(term)) continue;
    const op = term.operatorToken.kind;
    const strict = op === ts.SyntaxKind.ExclamationEqualsEqualsToken;
    if (!strict && op !== ts.SyntaxKind.ExclamationEqualsToken && op !== ts.SyntaxKind.EqualsEqualsEqualsToken) continue;
    const left = skip(term.left);
    const right = skip(term.right);
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken) {
      // typeof this.v === "number": neither null nor undefined.
      const [t, lit] = ts.isTypeOfExpression(left) ? [left, right] : ts.isTypeOfExpression(right) ? [right, left] : [undefined, undefined];
      const name = t ? field(t.expression) : undefined;
      if (!name || !lit || !ts.isStringLiteral(lit)) continue;
      const base = needs.get(name)!.base;
      const kind = base.flags & ts.TypeFlags.NumberLike ? "number" : base.flags & ts.TypeFlags.StringLike ? "string" : base.flags & ts.TypeFlags.BooleanLike ? "boolean" : undefined;
      if (kind === lit.text) excluded.set(name, { null: true, undefined: true });
      continue;
    }
    const name = field(left) ?? field(right);
    const other = field(left) ? right : left;
    if (!name) continue;
    const isNull = other.kind === ts.SyntaxKind.NullKeyword;
    const isUndefined = ts.isIdentifier(other) && other.text === "undefined";
    if (!isNull && !isUndefined) continue;
    const seen = excluded.get(name) ?? { null: false, undefined: false };
    if (!strict) excluded.set(name, { null: true, undefined: true });
    else excluded.set(name, { null: seen.null || isNull, undefined: seen.undefined || isUndefined });
  }
  for (const [name, need] of needs) {
    const got = excluded.get(name);
    if (!got || (need.null && !got.null) || (need.undefined && !got.undefined)) return false;
  }
  return true;
}

/** Whether an expression may call or assign anything (a guard's other terms must not change the tested fields). */
function hasEffects(e: ts.Node): boolean {
  if (ts.isCallExpression(e) || ts.isNewExpression(e) || ts.isDeleteExpression(e) || ts.isTaggedTemplateExpression(e)) return true;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  if (ts.isFunctionLike(e)) return false;
  return ts.forEachChild(e, hasEffects) ?? false;
}
