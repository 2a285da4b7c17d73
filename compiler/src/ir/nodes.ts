// The C++ IR between lowering and emission: statements as data, each with the TypeScript position it comes
// from (its span: the printer writes `#line` directives from spans). Expressions are still C++ text with their
// type where lowering knows it (`raw`); statements, and the temporaries a statement needs before it, are nodes.
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

/** A C++ expression: text not yet broken into nodes, with its C++ type where lowering knows it. */
export interface Expr {
  readonly kind: "raw";
  readonly text: string;
  readonly type?: CppType;
}

export const raw = (text: string, type?: CppType): Expr => ({ kind: "raw", text, type });

export type Stmt =
  /** `expr;` */
  | { readonly kind: "expr"; readonly expr: Expr; readonly span?: Span }
  /** `[const] type name = init;` (`auto` when the type is spelled by the initialiser). */
  | { readonly kind: "decl"; readonly type: CppType | "auto"; readonly name: string; readonly init?: Expr; readonly isConst?: boolean; readonly span?: Span }
  /** `target = value;` */
  | { readonly kind: "assign"; readonly target: string; readonly value: Expr; readonly span?: Span }
  | { readonly kind: "if"; readonly cond: Expr; readonly then: readonly Stmt[]; readonly else?: readonly Stmt[]; readonly span?: Span }
  | { readonly kind: "return"; readonly value?: Expr; readonly span?: Span }
  | { readonly kind: "block"; readonly body: readonly Stmt[]; readonly span?: Span }
  /** One line of C++ the lowering spelled itself (a label, a yield check, a declaration with its temporaries). */
  | { readonly kind: "line"; readonly text: string; readonly span?: Span }
  /** A compound statement: `head` (`while (c) {`, `case 2: {`, `} else {`), the body indented, then `tail`
   *  (`}`, `} while (c);`; none when the next statement continues it, as `} else {` does). `flat`: the body at
   *  the head's indentation (a switch's case labels). */
  | { readonly kind: "nest"; readonly head: string; readonly body: readonly Stmt[]; readonly tail?: string; readonly span?: Span; readonly flat?: boolean };

export const exprStmt = (expr: Expr, span?: Span): Stmt => ({ kind: "expr", expr, span });
export const decl = (type: CppType | "auto", name: string, init?: Expr, span?: Span): Stmt => ({ kind: "decl", type, name, init, span });
export const assign = (target: string, value: Expr, span?: Span): Stmt => ({ kind: "assign", target, value, span });
export const ifStmt = (cond: Expr, then: readonly Stmt[], otherwise?: readonly Stmt[], span?: Span): Stmt => ({ kind: "if", cond, then, else: otherwise, span });
export const line = (text: string, span?: Span): Stmt => ({ kind: "line", text, span });
export const nest = (head: string, body: readonly Stmt[], tail: string | undefined, span?: Span, flat = false): Stmt => ({ kind: "nest", head, body, tail, span, flat });
