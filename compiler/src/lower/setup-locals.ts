// Top-level variables of a program that only its top-level code uses are locals of setup() (issue 12). A
// program's top-level code is the whole of setup(); a variable no function, closure, class or other module
// refers to lives only while that code runs, and as a C++ global every access paid for its address and a load,
// and every store went to memory: a call anywhere in a loop (even a cold one) made g++ reload it each
// iteration. As a local it stays in a register. Declared where the TypeScript declares it, with its initialiser;
// TypeScript rejects a use before the declaration outside a function, so no use comes first.
// Left as globals: uninitialised and destructured declarations, exported ones, library objects, constants kept
// as C++ constants, and sketches (setup()/loop() exported: their top-level code is module initialisation).
import ts from "typescript";
import type { LowerContext } from "./context.js";

const bySourceFile = new WeakMap<ts.SourceFile, Set<ts.Symbol>>();

function insideCode(node: ts.Node): boolean {
  for (let n = node.parent; n && !ts.isSourceFile(n); n = n.parent) if (ts.isFunctionLike(n) || ts.isClassLike(n)) return true;
  return false;
}

/** The top-level variables of `entry` (a program, not a sketch) that become locals of setup(). */
export function setupLocals(ctx: LowerContext, entry: ts.SourceFile): Set<ts.Symbol> {
  const known = bySourceFile.get(entry);
  if (known) return known;
  const candidates = new Set<ts.Symbol>();
  for (const s of entry.statements) {
    if (!ts.isVariableStatement(s) || ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
    for (const d of s.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const symbol = ctx.checker.getSymbolAtLocation(d.name);
      if (symbol && !ctx.celled.has(symbol) && !ctx.hoistedCells.has(symbol)) candidates.add(symbol);
    }
  }
  // Any mention inside a function, a class or another file keeps the variable global.
  const visit = (node: ts.Node): void => {
    if (candidates.size === 0) return;
    if (ts.isIdentifier(node)) {
      const symbol = ctx.checker.getSymbolAtLocation(node);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(symbol) : symbol;
      if (target && candidates.has(target) && (node.getSourceFile() !== entry || insideCode(node))) candidates.delete(target);
      if (symbol && ts.isShorthandPropertyAssignment(node.parent)) {
        const value = ctx.checker.getShorthandAssignmentValueSymbol(node.parent);
        if (value && candidates.has(value) && insideCode(node)) candidates.delete(value);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile && !ctx.isRuntimeFile(file.fileName)) visit(file);
  bySourceFile.set(entry, candidates);
  return candidates;
}
