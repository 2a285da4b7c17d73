// The IR printer: statements → readable C++ text. A statement and the temporaries it needs print on one
// line (one C++ line per TypeScript statement keeps `#line` mapping exact); nested blocks of a temporary's
// branches print inline too (`if (...) { ...; } else { ...; }`).
import { printType, type CppType } from "./types.js";
import type { BinaryOp, Expr, ForInit, Stmt, SwitchCase } from "./nodes.js";
import { CppWriter } from "../emit.js";

// Precedence of C++ operators (smaller binds tighter), as in the standard's grammar: 2 postfix and primary,
// 3 prefix unary, 5 multiplicative, 6 additive, 7 shift, 9 relational, 10 equality, 11 &, 12 ^, 13 |, 14 &&,
// 15 ||, 16 ?: and assignment, 17 comma.
const BINARY_PRECEDENCE: Record<BinaryOp, number> = {
  "*": 5, "/": 5, "%": 5, "+": 6, "-": 6, "<<": 7, ">>": 7, "<": 9, "<=": 9, ">": 9, ">=": 9, "==": 10, "!=": 10,
  "&": 11, "^": 12, "|": 13, "&&": 14, "||": 15, ",": 17,
};
const PRIMARY = 2;
const PREFIX = 3;
const CONDITIONAL = 16;
const COMMA = 17;

/** The C++ spelling of an expression, with the parentheses its operands need (and those g++ -Wparentheses asks for). */
export function printExpr(e: Expr): string {
  switch (e.kind) {
    case "raw":
    case "lit":
      return e.text;
    case "name":
      return e.name;
    case "member":
      return `${operand(e.object, PRIMARY)}${e.op}${e.name}`;
    case "call":
      return `${operand(e.callee, PRIMARY)}${e.targs?.length ? `<${e.targs.join(", ")}>` : ""}(${e.args.map(argument).join(", ")})`;
    case "unary": {
      if (e.postfix) return `${operand(e.operand, PRIMARY)}${e.op}`;
      const inner = operand(e.operand, PREFIX);
      // `- -x` and `- --x` must not print as `--x`; `!` and `~` may stack.
      const clash = (e.op === "-" || e.op === "+" || e.op === "&") && inner.startsWith(e.op);
      return `${e.op}${clash ? `(${inner})` : inner}`;
    }
    case "binary": {
      const p = BINARY_PRECEDENCE[e.op];
      const left = needsParens(e.op, e.left, p, false) ? `(${printExpr(e.left)})` : printExpr(e.left);
      const right = needsParens(e.op, e.right, p, true) ? `(${printExpr(e.right)})` : printExpr(e.right);
      return e.op === "," ? `${left}, ${right}` : `${left} ${e.op} ${right}`;
    }
    case "assign":
      return `${operand(e.target, PREFIX)} ${e.op} ${operand(e.value, CONDITIONAL)}`;
    case "cond": {
      // The condition of a conditional is parenthesised when it is itself a conditional or an assignment.
      return `${operand(e.cond, CONDITIONAL - 1)} ? ${operand(e.then, CONDITIONAL)} : ${operand(e.else, CONDITIONAL)}`;
    }
    case "cast":
      return `static_cast<${printType(e.to)}>(${printExpr(e.value)})`;
    case "construct":
      return `${typeof e.to === "string" ? e.to : printType(e.to)}(${e.args.map(argument).join(", ")})`;
    case "paren":
      return `(${printExpr(e.inner)})`;
    case "braces":
      return `{${e.items.map(argument).join(", ")}}`;
    case "discard":
      return `(void)(${printExpr(e.value)})`;
    case "lambda": {
      const params = e.params.map((p) => `${typeText(p.type)}${p.name ? ` ${p.name}` : ""}`).join(", ");
      const ret = e.ret === undefined ? "" : ` -> ${typeText(e.ret)}`;
      const head = `[${e.captures}](${params})${e.mutable ? " mutable" : ""}${ret}`;
      // The body as the lines a function body prints (no #line inside an expression): one line stays on the
      // lambda's line, more keep their indentation.
      const w = new CppWriter((f) => f);
      w.indent();
      writeStmts(w, e.body);
      w.dedent();
      const lines = w.text().replace(/\n$/, "").split("\n").filter((l) => !l.startsWith("#line"));
      if (lines.length === 1) return `${head} { ${lines[0].trim()} }`;
      return `${head} {\n${lines.join("\n")}\n}`;
    }
  }
}

function typeText(t: CppType | string): string {
  return typeof t === "string" ? t : printType(t);
}

/** An operand printed where an expression of precedence at most `max` may stand without parentheses. */
function operand(e: Expr, max: number): string {
  const text = printExpr(e);
  return precedence(e) > max ? `(${text})` : text;
}

/** A call argument: anything but a comma expression stands alone. */
function argument(e: Expr): string {
  return operand(e, CONDITIONAL);
}

function needsParens(op: BinaryOp, child: Expr, p: number, isRight: boolean): boolean {
  const c = precedence(child);
  if (c > p || (isRight && c === p && op !== ",")) return true;
  if (c <= PREFIX) return false;
  const childOp = child.kind === "binary" ? child.op : undefined;
  // What g++ -Wparentheses asks for, and what reads unambiguously: && inside ||, arithmetic or comparisons
  // inside bitwise operators and shifts, comparisons inside comparisons.
  if (op === "||" && c === BINARY_PRECEDENCE["&&"]) return true;
  if ((op === "&" || op === "^" || op === "|") && childOp !== op && c < p) return true;
  if ((op === "<<" || op === ">>") && c < p) return true;
  if (p >= 9 && p <= 10 && c >= 9 && c <= 10) return true;
  return false;
}

/** The precedence of an expression node (of `raw` text: read from its top-level operators). */
export function precedence(e: Expr): number {
  switch (e.kind) {
    case "raw":
      return textPrecedence(e.text);
    case "lit":
      return e.text.startsWith("-") ? PREFIX : PRIMARY;
    case "name":
    case "member":
    case "call":
    case "cast":
    case "construct":
    case "paren":
    case "braces":
      return PRIMARY;
    case "lambda":
      return PRIMARY;
    case "unary":
      return e.postfix ? PRIMARY : PREFIX;
    case "discard":
      return PREFIX;
    case "binary":
      return BINARY_PRECEDENCE[e.op];
    case "assign":
    case "cond":
      return CONDITIONAL;
  }
}

const TEXT_OPERATORS: Record<string, number> = { ...BINARY_PRECEDENCE, "?": CONDITIONAL, ":": CONDITIONAL, "=": CONDITIONAL, "+=": CONDITIONAL, "-=": CONDITIONAL, "*=": CONDITIONAL, "/=": CONDITIONAL, "%=": CONDITIONAL, "&=": CONDITIONAL, "|=": CONDITIONAL, "^=": CONDITIONAL, "<<=": CONDITIONAL, ">>=": CONDITIONAL };

/**
 * The precedence of C++ text lowering spelled itself: the loosest operator at its top level (lowering spaces
 * every binary operator: ` + `), prefix for a leading `!`/`-`/`~`/`*`/`&`, primary for a name, a literal, a
 * call or a parenthesised expression; unknown text counts as a comma expression (always parenthesised).
 */
export function textPrecedence(text: string): number {
  // A lambda (`[&](double x) -> double { ... }`) stands alone like a name.
  if (text.startsWith("[")) return PRIMARY;
  let depth = 0;
  let loosest = PRIMARY;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "<" && i > 0 && /[\w>]/.test(text[i - 1]) && text[i + 1] !== "<" && text[i + 1] !== "=") {
      // A template argument list (`ts::Array<double>`): skip to its closing `>`.
      let angle = 1;
      for (i++; i < text.length && angle > 0; i++) {
        if (text[i] === "<") angle++;
        else if (text[i] === ">" && text[i - 1] !== "-") angle--;
      }
      i--;
    } else if (ch === " " && depth === 0) {
      const end = text.indexOf(" ", i + 1);
      const token = end < 0 ? undefined : text.slice(i + 1, end);
      if (token !== undefined && token in TEXT_OPERATORS) {
        loosest = Math.max(loosest, TEXT_OPERATORS[token]);
        i = end;
      } else if (text[i - 1] === ",") loosest = COMMA;
      else if (token === undefined || !(token in TEXT_OPERATORS)) {
        // `a /* D4 */`, a lambda's `-> R {`: not an operator; keep unknown text apart from its neighbours.
        if (!/^\/\*/.test(text.slice(i + 1))) return COMMA;
        return loosest === PRIMARY ? PREFIX + 1 : loosest;
      }
    }
  }
  if (depth !== 0) return COMMA;
  if (loosest === PRIMARY && /^(!|~|-(?!>)|\*|&(?!&))/.test(text) && !/^\(.*\)$/.test(text)) return PREFIX;
  return loosest;
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
    case "seq":
      return printStmts(s.stmts);
    case "while":
    case "do":
    case "for":
    case "forRange":
      return [head(s), ...s.body.map(printStmt), tail(s)].join(" ");
    case "switch":
      return [head(s), ...s.cases.map((c) => `${caseHead(c)} ${printStmts(c.body)} }`), "}"].join(" ");
    case "label":
      return `${s.name}:;`;
    case "goto":
      return `goto ${s.label};`;
    case "break":
      return "break;";
    case "continue":
      return "continue;";
  }
}

type Compound = Extract<Stmt, { kind: "while" | "do" | "for" | "forRange" | "switch" }>;

/** The first line of a compound statement (its temporaries before it). */
function head(s: Compound): string {
  const before = "before" in s && s.before ? printBefore(s.before) : "";
  switch (s.kind) {
    case "while":
      return `${before}while (${printExpr(s.cond)}) {`;
    case "do":
      return "do {";
    case "for": {
      const init = s.init === undefined ? "" : "vars" in s.init ? forInit(s.init) : printExpr(s.init);
      return `${before}for (${init}; ${s.cond ? printExpr(s.cond) : ""}; ${s.step ? printExpr(s.step) : ""}) {`;
    }
    case "forRange":
      return `${before}for (${typeof s.type === "string" ? s.type : printType(s.type)} ${s.name} : ${printExpr(s.range)}) {`;
    case "switch":
      return `${before}switch (${printExpr(s.disc)}) {`;
  }
}

function tail(s: Compound): string {
  return s.kind === "do" ? `} while (${printExpr(s.cond)});` : "}";
}

function forInit(init: Extract<ForInit, { vars: unknown }>): string {
  const type = init.type === "auto" ? "auto" : printType(init.type);
  return init.vars.length ? `${type} ${init.vars.map((v) => `${v.name} = ${printExpr(v.init)}`).join(", ")}` : "";
}

function caseHead(c: SwitchCase): string {
  return `${c.label === "default" ? "default:" : `case ${printExpr(c.label)}:`} {${c.comment ? `  // ${c.comment}` : ""}`;
}

/** An if-statement over several lines: `if (c) {`, `} else if (c2) {`, `} else {`, `}`. */
function writeIf(w: CppWriter, s: Extract<Stmt, { kind: "if" }>, prefix: string): void {
  w.line(`${prefix}${s.before ? printBefore(s.before) : ""}if (${printExpr(s.cond)}) {`, s.span);
  w.indent();
  writeStmts(w, s.then);
  w.dedent();
  const otherwise = s.else;
  if (s.elseIf && otherwise?.length === 1 && otherwise[0].kind === "if" && otherwise[0].block && !otherwise[0].before?.length) {
    writeIf(w, otherwise[0], "} else ");
    return;
  }
  if (otherwise) {
    w.line("} else {");
    w.indent();
    writeStmts(w, otherwise);
    w.dedent();
  }
  w.line("}");
}

/** Statements as lines of C++, each mapped to its span's TypeScript line (the writer adds `#line` only where
 *  the implied line differs); compound statements indent their bodies. */
export function writeStmts(w: CppWriter, stmts: readonly Stmt[]): void {
  for (const s of stmts) {
    switch (s.kind) {
      case "nest":
        w.line(s.head, s.span);
        if (!s.flat) w.indent();
        writeStmts(w, s.body);
        if (!s.flat) w.dedent();
        if (s.tail !== undefined) w.line(s.tail);
        break;
      case "if":
        if (s.block) writeIf(w, s, "");
        else w.line(printStmt(s), s.span);
        break;
      case "block":
        w.line("{", s.span);
        w.indent();
        writeStmts(w, s.body);
        w.dedent();
        w.line("}");
        break;
      case "while":
      case "do":
      case "for":
      case "forRange":
        w.line(head(s), s.span);
        w.indent();
        writeStmts(w, s.body);
        w.dedent();
        w.line(tail(s));
        break;
      case "switch":
        // The case labels at the switch's indentation, each case's body indented in its block.
        w.line(head(s), s.span);
        for (const c of s.cases) {
          w.line(caseHead(c), c.span);
          w.indent();
          writeStmts(w, c.body);
          w.dedent();
          w.line("}");
        }
        w.line("}");
        break;
      default:
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
