// The temporal dead zone: a `let`, `const` or class read or written before its declaration has run throws
// Node's "ReferenceError: Cannot access 'x' before initialization". TypeScript rejects the straight-line uses
// (TS2448/TS2449/TS2450) but accepts one inside a function, which may run before the declaration:
//
//   function show(): void { console.log(count); }
//   show();          // ReferenceError in Node
//   let count = 5;
//
// The analysis walks a module's top-level statements in order, as they run, and follows what that code may call:
// a function declaration, a class (its constructor, methods, accessors and initialisers), or a variable holding a
// function is followed once code that runs mentions its name (a call, or a value passed on, which may be called);
// a function expression that is not a variable's initialiser (a callback argument, an object literal's method)
// is followed at once. A use of a module-level `let`/`const`/class inside a function is checked only if the code
// followed before its declaration (or in its own initialiser) reaches it; every other use reads the variable as
// before, so ordinary code (functions declared above the globals they use, called after them) is unchanged.
// A checked variable gets a flag (`bool count_ready`) that its declaration sets, and each checked use calls
// ts::checkInitialised first (lowered by tdzCheck, expressions.ts).
// A local variable (in a function body or a block) read by a nested function that code before its declaration
// may call gets its flag in a cell the closures share (`auto name_ready = ts::cell<bool>(false);` at the block's
// start); a local class, or a variable of a block lowered another way (a case clause), is rejected (TSD2348).
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppIdentifier } from "./types.js";

export interface TdzFacts {
  /** Checked variables and classes → the C++ name of their flag. */
  flags: Map<ts.Symbol, string>;
  /** Those of them that are locals: their flag is a ts::cell<bool> the closures share. */
  local: Set<ts.Symbol>;
  /** The expression a checked use is lowered in (the identifier, or its `new`/assignment) → its variable. */
  uses: Map<ts.Node, ts.Symbol>;
}

const factsOf = new WeakMap<LowerContext, TdzFacts>();

export function tdzFacts(ctx: LowerContext): TdzFacts {
  return factsOf.get(ctx) ?? { flags: new Map(), local: new Set(), uses: new Map() };
}

function resolved(ctx: LowerContext, id: ts.Identifier): ts.Symbol | undefined {
  // `{ count }` reads the variable count.
  const s = ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id ? ctx.checker.getShorthandAssignmentValueSymbol(id.parent) : ctx.checker.getSymbolAtLocation(id);
  return s && s.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(s) : s;
}

function isFunctionValue(e: ts.Node): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e);
}

/** The declarations a statement list declares that have a dead zone: let/const variables and classes. */
function deadZoneDeclarations(statements: readonly ts.Statement[]): { decl: ts.Node; name: ts.Identifier; index: number }[] {
  const out: { decl: ts.Node; name: ts.Identifier; index: number }[] = [];
  statements.forEach((s, index) => {
    if (ts.isVariableStatement(s) && s.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) {
      for (const d of s.declarationList.declarations) {
        const names: ts.Identifier[] = [];
        const collect = (n: ts.BindingName): void => {
          if (ts.isIdentifier(n)) names.push(n);
          else for (const e of n.elements) if (!ts.isOmittedExpression(e)) collect(e.name);
        };
        collect(d.name);
        for (const name of names) out.push({ decl: d, name, index });
      }
    }
    if (ts.isClassDeclaration(s) && s.name) out.push({ decl: s, name: s.name, index });
  });
  return out;
}

/**
 * For one statement list (a module's or a block's), the uses of its dead-zone declarations that code running
 * before the declaration may reach: identifier → the declaration's symbol.
 */
function usesBeforeDeclaration(ctx: LowerContext, statements: readonly ts.Statement[]): Map<ts.Identifier, ts.Symbol> {
  const result = new Map<ts.Identifier, ts.Symbol>();
  const declared = deadZoneDeclarations(statements);
  if (!declared.length) return result;
  const targets = new Map<ts.Symbol, number>();  // symbol → index of its statement
  for (const d of declared) {
    const s = ctx.checker.getSymbolAtLocation(d.name);
    if (s) targets.set(s, d.index);
  }
  // What code may call once its name is mentioned: function declarations, classes, variables holding a function.
  const units = new Map<ts.Symbol, ts.Node>();
  const bound = new Set<ts.Node>();  // function expressions that are a variable's initialiser (followed via the name)
  for (const s of statements) {
    if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) {
      const sym = ctx.checker.getSymbolAtLocation(s.name);
      if (sym) units.set(sym, s);
    }
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer || !isFunctionValue(d.initializer)) continue;
        const sym = ctx.checker.getSymbolAtLocation(d.name);
        if (!sym) continue;
        units.set(sym, d.initializer);
        bound.add(d.initializer);
      }
    }
  }
  const visitedAt = new Map<ts.Identifier, number>();
  const reached = new Set<ts.Node>();
  let now = 0;
  const pending: ts.Node[] = [];
  const reach = (unit: ts.Node): void => {
    if (reached.has(unit)) return;
    reached.add(unit);
    pending.push(unit);
  };
  // Code that runs (or may run, once reached): every name it mentions is followed.
  const scan = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      if (!visitedAt.has(n)) visitedAt.set(n, now);
      const sym = resolved(ctx, n);
      const unit = sym && units.get(sym);
      if (unit) reach(unit);
      return;
    }
    if (bound.has(n) && !reached.has(n)) return;  // runs when its variable is called
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && deferredCallbacks(ctx, n)) {
      // A timer's or a library's callback runs later, from the event loop: not before the declarations.
      scan(n.expression);
      for (const a of n.arguments ?? []) if (!isFunctionValue(a)) scan(a);
      return;
    }
    if (n !== currentUnit && (ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n)) && n.parent && statements.includes(n as ts.Statement)) return;
    ts.forEachChild(n, scan);
  };
  let currentUnit: ts.Node | undefined;
  const drain = (): void => {
    while (pending.length) {
      currentUnit = pending.pop()!;
      scan(currentUnit);
    }
    currentUnit = undefined;
  };
  // A class statement runs its heritage clause and static initialisers where it stands.
  const runClassStatement = (c: ts.ClassDeclaration): void => {
    for (const h of c.heritageClauses ?? []) scan(h);
    for (const m of c.members) {
      if (ts.isClassStaticBlockDeclaration(m)) scan(m.body);
      else if (ts.isPropertyDeclaration(m) && m.modifiers?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword) && m.initializer) scan(m.initializer);
      if (m.name && ts.isComputedPropertyName(m.name)) scan(m.name);
    }
  };
  statements.forEach((s, index) => {
    now = index;
    if (ts.isFunctionDeclaration(s)) return;
    if (ts.isClassDeclaration(s)) runClassStatement(s);
    else {
      currentUnit = s;
      scan(s);
    }
    drain();
  });
  // A use inside a function (or a class member) whose code may run by the end of the declaration's statement.
  for (const [id, at] of visitedAt) {
    const sym = resolved(ctx, id);
    const index = sym && targets.get(sym);
    if (sym === undefined || index === undefined || at > index) continue;
    if (sym.valueDeclaration && (ts.getNameOfDeclaration(sym.valueDeclaration as ts.Declaration) === id)) continue;
    if (!insideFunction(id, statements[index])) continue;
    // Inside its own class body a class's name is the inner binding, initialised before the static
    // initialisers and blocks run (`static count = Registry.names.length`: corpus 768).
    const declaring = statements[index];
    if (ts.isClassDeclaration(declaring) && id.pos >= declaring.pos && id.end <= declaring.end) continue;
    result.set(id, sym);
  }
  return result;
}

/** Callbacks passed to this call run later (setTimeout, setInterval, a library's event handler), not during it. */
function deferredCallbacks(ctx: LowerContext, call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = call.expression;
  const id = ts.isIdentifier(callee) ? callee : ts.isPropertyAccessExpression(callee) ? callee.name : undefined;
  if (!id) return false;
  const decl = ctx.checker.getSymbolAtLocation(id)?.declarations?.[0];
  if (!decl || !decl.getSourceFile().isDeclarationFile) return false;
  return id.text === "setTimeout" || id.text === "setInterval" || ctx.libraryOf(decl) !== undefined;
}

/** The identifier is inside a function or class member body (a use TypeScript accepts before the declaration). */
function insideFunction(id: ts.Node, declaring: ts.Statement): boolean {
  for (let n = id.parent; n && !ts.isSourceFile(n); n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n) || ts.isPropertyDeclaration(n)) return n !== declaring;
  }
  return false;
}

/** The expression a use is lowered in: `new C(…)` for a class, the assignment or update for a write. */
function useNode(id: ts.Identifier, isClass: boolean): ts.Node {
  if (isClass) {
    // A class's use: `new C(…)`, `C.member`, `C.method(…)`, `x instanceof C` (each lowered as a whole).
    const up = id.parent;
    if (ts.isNewExpression(up) && up.expression === id) return up;
    if (ts.isBinaryExpression(up) && up.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && up.right === id) return up;
    if (ts.isPropertyAccessExpression(up) && up.expression === id) return ts.isCallExpression(up.parent) && up.parent.expression === up ? up.parent : up;
  }
  const p = id.parent;
  if (ts.isTypeOfExpression(p)) return p;  // lowered from the static type, without reading the variable
  if (ts.isBinaryExpression(p) && p.left === id && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return p;
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return p;
  return id;
}

export function analyseTdz(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const facts: TdzFacts = { flags: new Map(), local: new Set(), uses: new Map() };
  factsOf.set(ctx, facts);
  const taken = new Set<string>();
  const rejected = new Set<ts.Symbol>();
  const record = (id: ts.Identifier, sym: ts.Symbol, local: boolean): void => {
    if (!facts.flags.has(sym)) {
      let flag = `${cppIdentifier(sym.name)}_ready`;
      if (!local) for (let i = 2; taken.has(flag); i++) flag = `${cppIdentifier(sym.name)}_ready${i}`;
      if (!local) taken.add(flag);
      facts.flags.set(sym, flag);
      if (local) facts.local.add(sym);
    }
    facts.uses.set(useNode(id, (sym.flags & ts.SymbolFlags.Class) !== 0), sym);
  };
  const visitBlocks = (n: ts.Node): void => {
    if (ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n)) {
      // A block statements.ts lowers with its cells at the start (blockBody) gets cell flags; a class, or a
      // block lowered another way (a case clause, a constructor's body), is rejected.
      const flagged = ts.isBlock(n) && !ts.isConstructorDeclaration(n.parent);
      for (const [id, sym] of usesBeforeDeclaration(ctx, n.statements)) {
        if (flagged && !(sym.flags & ts.SymbolFlags.Class)) {
          record(id, sym, true);
          continue;
        }
        if (rejected.has(sym)) continue;
        rejected.add(sym);
        ctx.report(id, "localBeforeDeclaration", id.text);
      }
    }
    ts.forEachChild(n, visitBlocks);
  };
  for (const sf of files) {
    for (const [id, sym] of usesBeforeDeclaration(ctx, sf.statements)) record(id, sym, false);
    visitBlocks(sf);
  }
}

/** The flags a block declares at its start (`auto name_ready = ts::cell<bool>(false);`, blockBody). */
export function localTdzFlags(ctx: LowerContext, block: ts.Block): string[] {
  const facts = tdzFacts(ctx);
  if (!facts.local.size) return [];
  const out: string[] = [];
  for (const d of deadZoneDeclarations(block.statements)) {
    const sym = ctx.checker.getSymbolAtLocation(d.name);
    if (sym && facts.local.has(sym)) out.push(facts.flags.get(sym)!);
  }
  return out;
}

/** The C++ of a flag statement after a declaration (`count_ready = true;`, `name_ready->value = true;`). */
export function tdzReady(ctx: LowerContext, name: ts.Identifier): string | undefined {
  const sym = ctx.checker.getSymbolAtLocation(name);
  const flag = sym && tdzFacts(ctx).flags.get(sym);
  return flag && (tdzFacts(ctx).local.has(sym!) ? `${flag}->value` : flag);
}

/** A module-level declaration's flag statement (`count_ready = true;`), or undefined when it needs none. */
export function tdzFlagOf(ctx: LowerContext, name: ts.Node): string | undefined {
  const sym = ctx.checker.getSymbolAtLocation(name);
  return sym ? tdzFacts(ctx).flags.get(sym) : undefined;
}
