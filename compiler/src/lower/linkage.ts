// The sketch's free functions have internal linkage (`static`): no other translation unit calls them, and
// g++ -Os (the ESP8266 Arduino core's flags) inlines a function only when it sees every call (bench/errors at
// -Os: a cheap function called in a loop -26 to -40% cycles). A function the program never refers to stays
// external: a static one would be a -Wunused-function warning (an error under -Werror).
import ts from "typescript";
import type { LowerContext } from "./context.js";

const referencedOf = new WeakMap<LowerContext, Set<ts.Node>>();

export function hasInternalLinkage(ctx: LowerContext, fn: ts.FunctionDeclaration): boolean {
  let referenced = referencedOf.get(ctx);
  if (!referenced) {
    const found = new Set<ts.Node>();
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && !(ts.isFunctionDeclaration(n.parent) && n.parent.name === n)) {
        const decl = ctx.checker.getSymbolAtLocation(n)?.valueDeclaration;
        if (decl && ts.isFunctionDeclaration(decl)) found.add(decl);
      }
      ts.forEachChild(n, visit);
    };
    for (const sf of ctx.program.getSourceFiles()) if (!sf.isDeclarationFile) visit(sf);
    referencedOf.set(ctx, (referenced = found));
  }
  return referenced.has(fn);
}
