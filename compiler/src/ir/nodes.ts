// The C++ IR between lowering and emission: expressions and statements as data, each statement with the
// TypeScript position it comes from (its span: the printer writes `#line` directives from spans). Expressions
// carry their C++ type where lowering knows it; `raw` keeps C++ text lowering still spells itself.
import ts from "typescript";
import type { CppType } from "./types.js";

/** A TypeScript source position: `#line` directives and diagnostics come from it. */
export interface Span {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export function spanOf(node: ts.Node): Span {
  const sf = node.getSourceFile();
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { file: sf.fileName, line: line + 1, col: character + 1 };
}

/** C++ operators of binary expressions (`,` included), by the printer's precedence table (ir/print.ts). */
export type BinaryOp = "*" | "/" | "%" | "+" | "-" | "<<" | ">>" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&" | "^" | "|" | "&&" | "||" | ",";
export type AssignOp = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^=" | "<<=" | ">>=";
export type UnaryOp = "!" | "-" | "+" | "~" | "++" | "--" | "&" | "*";

/**
 * A C++ expression as data, with its C++ type where lowering knows it. The printer (ir/print.ts) spells it
 * with the parentheses precedence needs. `raw` is C++ text lowering spelled itself (the fallback while
 * constructs are converted): the printer treats it as one operand when the text is one (a name, a call, a
 * parenthesised expression), else parenthesises it.
 */
export type Expr =
  | { readonly kind: "raw"; readonly text: string; readonly type?: CppType }
  /** A literal as spelled (`1.0`, `TS_STR("a")`, `true`, `ts::undefined`). */
  | { readonly kind: "lit"; readonly text: string; readonly type?: CppType }
  /** A name: a variable, a function, a qualified constant (`ns::x`, `Color::Red`). */
  | { readonly kind: "name"; readonly name: string; readonly type?: CppType }
  /** `object.name`, `object->name`, `Class::name`. */
  | { readonly kind: "member"; readonly object: Expr; readonly op: "." | "->" | "::"; readonly name: string; readonly type?: CppType }
  /** `callee(args)`, `callee<targs>(args)`. */
  | { readonly kind: "call"; readonly callee: Expr; readonly args: readonly Expr[]; readonly targs?: readonly string[]; readonly type?: CppType }
  /** `op operand`, or `operand op` when postfix (`i++`). */
  | { readonly kind: "unary"; readonly op: UnaryOp; readonly operand: Expr; readonly postfix?: boolean; readonly type?: CppType }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly type?: CppType }
  | { readonly kind: "assign"; readonly op: AssignOp; readonly target: Expr; readonly value: Expr; readonly type?: CppType }
  | { readonly kind: "cond"; readonly cond: Expr; readonly then: Expr; readonly else: Expr; readonly type?: CppType }
  /** `static_cast<to>(value)`. */
  | { readonly kind: "cast"; readonly to: CppType; readonly value: Expr; readonly type?: CppType }
  /** `T(args)`: a value of a type constructed from its arguments (a conversion: `ts::Opt<double>(x)`). */
  | { readonly kind: "construct"; readonly to: CppType | string; readonly args: readonly Expr[]; readonly type?: CppType }
  /** Parentheses the source wrote (`(a + b)` in TypeScript stays `(a + b)`). */
  | { readonly kind: "paren"; readonly inner: Expr; readonly type?: CppType }
  /** `(void)(value)`: a value evaluated for its side effects only. */
  | { readonly kind: "discard"; readonly value: Expr; readonly type?: CppType }
  /** A braced initialiser list: `{a, b}` (an aggregate's initial value). */
  | { readonly kind: "braces"; readonly items: readonly Expr[]; readonly type?: CppType }
  /** A C++ lambda: `[captures](params) -> ret { body }` (`mutable` when it changes its captured copies); a
   *  parameter without a name is one the body does not use. */
  | { readonly kind: "lambda"; readonly captures: string; readonly params: readonly LambdaParam[]; readonly ret?: CppType | string; readonly body: readonly Stmt[]; readonly mutable?: boolean; readonly type?: CppType };

export interface LambdaParam {
  readonly type: CppType | string;
  readonly name?: string;
}

export const raw = (text: string, type?: CppType): Expr => ({ kind: "raw", text, type });
export const lit = (text: string, type?: CppType): Expr => ({ kind: "lit", text, type });
export const name = (n: string, type?: CppType): Expr => ({ kind: "name", name: n, type });
export const member = (object: Expr, op: "." | "->" | "::", n: string, type?: CppType): Expr => ({ kind: "member", object, op, name: n, type });
export const call = (callee: Expr | string, args: readonly Expr[], type?: CppType, targs?: readonly string[]): Expr =>
  ({ kind: "call", callee: typeof callee === "string" ? name(callee) : callee, args, type, targs });
export const unary = (op: UnaryOp, operand: Expr, type?: CppType, postfix = false): Expr => ({ kind: "unary", op, operand, type, postfix });
export const binary = (op: BinaryOp, left: Expr, right: Expr, type?: CppType): Expr => ({ kind: "binary", op, left, right, type });
export const assignExpr = (op: AssignOp, target: Expr, value: Expr, type?: CppType): Expr => ({ kind: "assign", op, target, value, type });
export const cond = (c: Expr, then: Expr, otherwise: Expr, type?: CppType): Expr => ({ kind: "cond", cond: c, then, else: otherwise, type });
export const cast = (to: CppType, value: Expr): Expr => ({ kind: "cast", to, value, type: to });
export const construct = (to: CppType | string, args: readonly Expr[], type?: CppType): Expr => ({ kind: "construct", to, args, type: type ?? (typeof to === "string" ? undefined : to) });
export const paren = (inner: Expr): Expr => ({ kind: "paren", inner, type: inner.type });
export const discard = (value: Expr): Expr => ({ kind: "discard", value });
export const braces = (items: readonly Expr[], type?: CppType): Expr => ({ kind: "braces", items, type });

/** The expression as given, or text as a `raw` node (lowering still passes some operands as text). */
export const asExpr = (e: Expr | string, type?: CppType): Expr => (typeof e === "string" ? raw(e, type) : e);

/** The same expression with its C++ type set. */
export function typed(e: Expr, type: CppType | undefined): Expr {
  return type === undefined || e.type === type ? e : ({ ...e, type } as Expr);
}

export type Stmt =
  /** `expr;` */
  | { readonly kind: "expr"; readonly expr: Expr; readonly span?: Span }
  /** `[const] type name = init;` (`auto` when the type is spelled by the initialiser). */
  | { readonly kind: "decl"; readonly type: CppType | "auto"; readonly name: string; readonly init?: Expr; readonly isConst?: boolean; readonly span?: Span }
  /** `target = value;` */
  | { readonly kind: "assign"; readonly target: string; readonly value: Expr; readonly span?: Span }
  /** `if (cond) { then } else { else }`: on one line as a temporary's branches; as a statement (`block`) over
   *  several lines, with `elseIf` (the source's `else if`) an else holding one if-statement printed as
   *  `} else if (…) {`. */
  | { readonly kind: "if"; readonly cond: Expr; readonly then: readonly Stmt[]; readonly else?: readonly Stmt[]; readonly span?: Span; readonly before?: readonly Stmt[]; readonly block?: boolean; readonly elseIf?: boolean }
  | { readonly kind: "return"; readonly value?: Expr; readonly span?: Span }
  | { readonly kind: "block"; readonly body: readonly Stmt[]; readonly span?: Span }
  /** Statements on one line: a statement with the temporaries it needs before it. */
  | { readonly kind: "seq"; readonly stmts: readonly Stmt[]; readonly span?: Span }
  | { readonly kind: "while"; readonly cond: Expr; readonly body: readonly Stmt[]; readonly span?: Span; readonly before?: readonly Stmt[] }
  /** `do { body } while (cond);` */
  | { readonly kind: "do"; readonly body: readonly Stmt[]; readonly cond: Expr; readonly span?: Span }
  /** `for (init; cond; step) { body }`: init declares variables of one type, or is an expression. */
  | { readonly kind: "for"; readonly init?: ForInit; readonly cond?: Expr; readonly step?: Expr; readonly body: readonly Stmt[]; readonly span?: Span; readonly before?: readonly Stmt[] }
  /** `for (type name : range) { body }` */
  | { readonly kind: "forRange"; readonly type: CppType | string; readonly name: string; readonly range: Expr; readonly body: readonly Stmt[]; readonly span?: Span; readonly before?: readonly Stmt[] }
  /** `switch (disc) { case …: { … } … }`: each case's body in a block of its own. */
  | { readonly kind: "switch"; readonly disc: Expr; readonly cases: readonly SwitchCase[]; readonly span?: Span; readonly before?: readonly Stmt[] }
  /** `name:;` (the target of a labelled break/continue). */
  | { readonly kind: "label"; readonly name: string; readonly span?: Span }
  | { readonly kind: "goto"; readonly label: string; readonly span?: Span }
  | { readonly kind: "break"; readonly span?: Span }
  | { readonly kind: "continue"; readonly span?: Span }
  /** One line of C++ the lowering spelled itself (a yield check, a declaration's layout not yet converted). */
  | { readonly kind: "line"; readonly text: string; readonly span?: Span }
  /** A compound statement still spelled as text: `head`, the body indented, then `tail`. `flat`: the body at
   *  the head's indentation. */
  | { readonly kind: "nest"; readonly head: string; readonly body: readonly Stmt[]; readonly tail?: string; readonly span?: Span; readonly flat?: boolean };

/** A for loop's initialiser: variables of one C++ type (`double i = 0, n = 3`), or an expression. */
export type ForInit = { readonly type: CppType | "auto"; readonly vars: readonly { readonly name: string; readonly init: Expr }[] } | Expr;

/** A case of a switch: its label (`case 2:`, `default:`), an optional comment after the brace, its body. */
export interface SwitchCase {
  readonly label: Expr | "default";
  readonly comment?: string;
  readonly body: readonly Stmt[];
  readonly span?: Span;
}

export const exprStmt = (expr: Expr, span?: Span): Stmt => ({ kind: "expr", expr, span });
export const decl = (type: CppType | "auto", name: string, init?: Expr, span?: Span): Stmt => ({ kind: "decl", type, name, init, span });
export const assign = (target: string, value: Expr, span?: Span): Stmt => ({ kind: "assign", target, value, span });
export const ifStmt = (cond: Expr, then: readonly Stmt[], otherwise?: readonly Stmt[], span?: Span): Stmt => ({ kind: "if", cond, then, else: otherwise, span });
export const line = (text: string, span?: Span): Stmt => ({ kind: "line", text, span });
export const nest = (head: string, body: readonly Stmt[], tail: string | undefined, span?: Span, flat = false): Stmt => ({ kind: "nest", head, body, tail, span, flat });
export const seq = (stmts: readonly Stmt[], span?: Span): Stmt => (stmts.length === 1 && !span ? stmts[0] : { kind: "seq", stmts, span });
export const returnStmt = (value?: Expr, span?: Span): Stmt => ({ kind: "return", value, span });

/** `e` with `f` applied to each of its direct subexpressions (a rewrite pass recurses through `f`). */
export function mapSubexpressions(e: Expr, f: (sub: Expr) => Expr): Expr {
  switch (e.kind) {
    case "member": return { ...e, object: f(e.object) };
    case "call": return { ...e, callee: f(e.callee), args: e.args.map(f) };
    case "unary": return { ...e, operand: f(e.operand) };
    case "binary": return { ...e, left: f(e.left), right: f(e.right) };
    case "assign": return { ...e, target: f(e.target), value: f(e.value) };
    case "cond": return { ...e, cond: f(e.cond), then: f(e.then), else: f(e.else) };
    case "cast": return { ...e, value: f(e.value) };
    case "construct": return { ...e, args: e.args.map(f) };
    case "paren": return { ...e, inner: f(e.inner) };
    case "discard": return { ...e, value: f(e.value) };
    case "braces": return { ...e, items: e.items.map(f) };
    default: return e;
  }
}
