// The analyses: passes over the typed AST that run before any code is lowered, each recording facts in
// LowerContext that lowering then only reads. Lowering never discovers one of these facts on its way.
//   - module namespaces: every module but the entry gets a C++ namespace named after its file;
//   - captures (functions.ts): variables a closure captures and mutates live in a ts::Cell;
//   - integers (integers.ts): loop counters proven int32 are stored as int32_t;
//   - integer ranges (int-ranges.ts): number locals and parameters of proven int32 range, likewise;
//   - numbers (numrep.ts): integral-looking `number` variables, fields and returns are stored as ts::Num;
//   - cycles (cycles.ts): the classes and closures that can be on a reference cycle are traced;
//   - overrides (declarations.ts): methods and accessor pairs a subclass overrides are virtual;
//   - derived classes (declarations.ts): a class nothing extends or implements, with only number and boolean
//     fields, is plain (its last release frees it without a destructor call);
//   - abstract records: interfaces that classes implement (or that declare methods) are abstract classes
//     with virtual accessors, and their object literals are instances of <Name>_object;
//   - the temporal dead zone (tdz.ts): uses of a let/const/class that code before its declaration may reach;
//   - errors (errors.ts): which functions may throw, and which calls test for a pending error.
// (The yield-check analysis, yields.ts, is computed once per program on first use.)
import ts from "typescript";
import type { LowerContext } from "./context.js";
import type { ModuleOrder } from "./module.js";
import { analyseCaptures } from "./functions.js";
import { analyseIntegers } from "./integers.js";
import { analyseIntRanges } from "./int-ranges.js";
import { analyseNumbers } from "./numrep.js";
import { analyseNumArrays } from "./num-arrays.js";
import { analyseCycles } from "./cycles.js";
import { analyseOverrides, analyseDerivedClasses, isImplemented } from "./declarations.js";
import { displayName } from "./statements.js";
import { analyseErrors } from "./errors.js";
import { analyseTdz } from "./tdz.js";

export function runAnalyses(ctx: LowerContext, order: ModuleOrder): void {
  const taken = new Set<string>();
  for (const sf of order.files) if (sf !== order.entry) ctx.namespaceOf.set(sf, namespaceName(sf, taken));
  analyseCaptures(ctx, order.files);
  analyseIntegers(ctx, order.files);
  analyseIntRanges(ctx, order.files);
  analyseNumbers(ctx, order.files);
  analyseNumArrays(ctx, order.files);
  analyseCycles(ctx, order.files);
  const classes = order.files.flatMap((sf) => sf.statements.filter(ts.isClassDeclaration));
  analyseOverrides(ctx, classes);
  analyseDerivedClasses(ctx, order.files);
  analyseAbstractRecords(ctx, order.files, classes);
  analyseTdz(ctx, order.files);
  analyseErrors(ctx, order.files);
}

function namespaceName(sf: ts.SourceFile, taken: Set<string>): string {
  const base = displayName(sf.fileName).replace(/\.tsx?$/, "").replace(/[^A-Za-z0-9_]/g, "_");
  let name = `mod_${base}`;
  for (let i = 2; taken.has(name); i++) name = `mod_${base}${i}`;
  taken.add(name);
  return name;
}

/** Interfaces and object type aliases emitted as abstract classes. */
function analyseAbstractRecords(ctx: LowerContext, files: readonly ts.SourceFile[], classes: readonly ts.ClassDeclaration[]): void {
  for (const sf of files) {
    for (const s of sf.statements) {
      if (!(ts.isInterfaceDeclaration(s) || (ts.isTypeAliasDeclaration(s) && ts.isTypeLiteralNode(s.type) && !s.type.members.some(ts.isCallSignatureDeclaration)))) continue;
      const symbol = ctx.checker.getSymbolAtLocation(s.name);
      if (!symbol) continue;
      const type = ctx.checker.getDeclaredTypeOfSymbol(symbol);
      if (ctx.checker.getSignaturesOfType(type, ts.SignatureKind.Call).length) continue;
      if (isImplemented(ctx, symbol, classes) || ctx.checker.getPropertiesOfType(type).some((p) => p.valueDeclaration && ts.isMethodSignature(p.valueDeclaration))) ctx.abstractRecords.add(symbol);
    }
  }
  // The interfaces an abstract one extends are abstract too (their properties are its accessors).
  for (const symbol of [...ctx.abstractRecords]) {
    let decl = symbol.declarations?.find(ts.isInterfaceDeclaration);
    for (let depth = 0; decl && depth < 32; depth++) {
      const base = decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      const baseSymbol = base && ctx.symbolOf(base.expression);
      if (!baseSymbol) break;
      ctx.abstractRecords.add(baseSymbol);
      decl = baseSymbol.declarations?.find(ts.isInterfaceDeclaration);
    }
  }
}
