// The IR printer of declarations (ir/decls.ts): functions, classes, variables, namespaces and preprocessor
// conditionals as lines of C++, each mapped by `#line` to its TypeScript position; bodies print through the
// statement printer (ir/print.ts).
import { printType, type CppType } from "./types.js";
import type { Decl, FunctionDecl, Param, VarDecl } from "./decls.js";
import { printExpr, printStmts, writeStmts } from "./print.js";
import { CppWriter } from "../emit.js";

export function writeDecls(w: CppWriter, decls: readonly Decl[]): void {
  for (const d of decls) writeDecl(w, d);
}

/** Declarations as lines of C++ without `#line` directives (generated code that maps to no TypeScript line). */
export function declLines(decls: readonly Decl[]): string[] {
  if (!decls.length) return [];
  const w = new CppWriter((f) => f);
  writeDecls(w, decls);
  return w.text().slice(0, -1).split("\n");
}

export function writeDecl(w: CppWriter, d: Decl): void {
  switch (d.kind) {
    case "function":
      if (!d.body) w.line(`${functionHead(d)};`, d.span);
      else if (d.oneLine) w.line(`${functionHead(d)} ${d.body.length ? `{ ${printStmts(d.body)} }` : "{}"}`, d.span);
      else {
        w.line(`${functionHead(d)} {`, d.span);
        w.indent();
        writeStmts(w, d.body);
        w.dedent();
        w.line("}");
      }
      return;
    case "class": {
      const head = `${templatePrefix(d.template)}class ${d.name}`;
      if (!d.members) {
        w.line(`${head};`, d.span);
        return;
      }
      const bases = d.bases?.length ? ` : ${d.bases.map((b) => `public ${b.virtual ? "virtual " : ""}${b.name}`).join(", ")}` : "";
      w.line(`${head}${bases} {`, d.span);
      w.line(" public:");
      w.indent();
      writeDecls(w, d.members);
      w.dedent();
      w.line("};");
      return;
    }
    case "var":
      w.line(printVar(d), d.span);
      return;
    case "namespace":
      w.line(`namespace ${d.name} {`, d.span);
      w.indent();
      writeDecls(w, d.body);
      w.dedent();
      w.line("}");
      return;
    case "conditional":
      // The lines inside may be skipped: what follows maps itself again.
      w.resetMapping();
      w.raw(`#${d.negated ? "ifndef" : "ifdef"} ${d.macro}`);
      writeDecls(w, d.then);
      if (d.else) {
        w.raw("#else");
        writeDecls(w, d.else);
      }
      w.raw("#endif");
      w.resetMapping();
      return;
    case "define":
      w.raw(`#define ${d.name} ${d.value}`);
      return;
  }
}

/** `template <class A, class B> ` (empty without parameters). */
export function templatePrefix(params: readonly string[] | undefined): string {
  return params?.length ? `template <${params.map((p) => `class ${p}`).join(", ")}> ` : "";
}

function typeText(t: CppType | string): string {
  return typeof t === "string" ? t : printType(t);
}

export function printParams(params: readonly Param[]): string {
  return params.map((p) => `${typeText(p.type)} ${p.name}${p.default ? ` = ${printExpr(p.default)}` : ""}`).join(", ");
}

/** A function's head: everything before its body (or the `;` of a prototype). */
export function functionHead(f: FunctionDecl): string {
  const specifiers = f.specifiers?.length ? `${f.specifiers.join(" ")} ` : "";
  const ret = f.ret === undefined ? "" : `${typeText(f.ret)} `;
  const name = f.scope ? `${f.scope}::${f.name}` : f.name;
  const after = `${f.isConst ? " const" : ""}${f.override ? " override" : ""}${f.pure ? " = 0" : ""}${f.init ? ` : ${printExpr(f.init)}` : ""}`;
  return `${templatePrefix(f.scopeTemplate)}${templatePrefix(f.template)}${specifiers}${ret}${name}(${printParams(f.params)})${after}`;
}

export function printVar(v: VarDecl): string {
  const specifiers = v.specifiers?.length ? `${v.specifiers.join(" ")} ` : "";
  const args = v.args ? `(${v.args.map(printExpr).join(", ")})` : "";
  const name = v.scope ? `${v.scope}::${v.name}` : v.name;
  return `${templatePrefix(v.template)}${specifiers}${typeText(v.type)} ${name}${v.array ? "[]" : ""}${v.attribute ? ` ${v.attribute}` : ""}${args}${v.valueInit ? "{}" : ""}${v.init ? ` = ${printExpr(v.init)}` : ""};`;
}
