// The IR printer: statements → readable C++ text. A statement and the temporaries it needs print on one
// line (one C++ line per TypeScript statement keeps `#line` mapping exact); nested blocks of a temporary's
// branches print inline too (`if (...) { ...; } else { ...; }`).
import { printType } from "./types.js";
import type { Expr, Stmt } from "./nodes.js";
import type { CppWriter } from "../emit.js";

export function printExpr(e: Expr): string {
  return e.text;
}

/** A statement as one line of C++. */
export function printStmt(s: Stmt): string {
  switch (s.kind) {
    case "expr":
      return `${printExpr(s.expr)};`;
    case "decl": {
      const type = s.type === "auto" ? "auto" : printType(s.type);
      return `${s.isConst ? "const " : ""}${type} ${s.name}${s.init ? ` = ${printExpr(s.init)}` : ""};`;
    }
    case "assign":
      return `${s.target} = ${printExpr(s.value)};`;
    case "if": {
      const then = `if (${printExpr(s.cond)}) ${printBlock(s.then)}`;
      if (!s.else?.length) return then;
      return `${then} else ${s.else.length === 1 && s.else[0].kind === "if" ? printStmt(s.else[0]) : printBlock(s.else)}`;
    }
    case "return":
      return s.value ? `return ${printExpr(s.value)};` : "return;";
    case "block":
      return printBlock(s.body);
    case "line":
      return s.text;
    case "nest":
      return `${s.head} ${printStmts(s.body)}${s.tail ? ` ${s.tail}` : ""}`;
  }
}

/** Statements as lines of C++, each mapped to its span's TypeScript line (the writer adds `#line` only where
 *  the implied line differs); compound statements indent their bodies. */
export function writeStmts(w: CppWriter, stmts: readonly Stmt[]): void {
  for (const s of stmts) {
    if (s.kind === "nest") {
      w.line(s.head, s.span);
      if (!s.flat) w.indent();
      writeStmts(w, s.body);
      if (!s.flat) w.dedent();
      if (s.tail !== undefined) w.line(s.tail);
    } else {
      w.line(printStmt(s), s.span);
    }
  }
}

function printBlock(body: readonly Stmt[]): string {
  return body.length ? `{ ${printStmts(body)} }` : "{}";
}

/** Statements on one line, separated by spaces. */
export function printStmts(stmts: readonly Stmt[]): string {
  return stmts.map(printStmt).join(" ");
}

/** Temporaries printed in front of the statement that needs them (on its line). */
export function printBefore(stmts: readonly Stmt[]): string {
  return stmts.map((s) => `${printStmt(s)} `).join("");
}
