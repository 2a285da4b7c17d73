// Which objects can take part in a reference cycle, from the program's types, and the C++ the cycle collector
// (runtime/core/ts_gc.h) needs for them: a `tsTracked` marker and a `tsVisit` naming the fields of those
// classes and records, and the captures of the closures that can close a cycle.
//
// The type graph has a node per user class, interface and object type alias, and one node for "a closure".
// A class has an edge to every type its fields can point at (through arrays, maps, sets, optionals and unions;
// a reference to a class may point at any subclass or implementing class; a generic class also points at its
// type arguments). The closure node has an edge to the type of every variable any closure captures (and to the
// class of `this` when it uses it). Types on a cycle of this graph are tracked; so is the whole class
// hierarchy they belong to (a `Ref<Base>` may hold a tracked subclass). Everything else stays plain
// reference counting: no candidate buffering, no traversal.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppIdentifier } from "./types.js";
import { isInlineCallback, isModuleLevel, usesThis } from "./functions.js";
import { call, exprStmt, lit, member, name } from "../ir/nodes.js";
import { BOOL, VOID } from "../ir/types.js";
import { functionDecl, varDecl, type Decl } from "../ir/decls.js";

const CLOSURE = "closure";
type GraphNode = ts.Symbol | typeof CLOSURE;

interface ClosureFacts {
  /** The C++ names of the captured variables, in first-use order. */
  captures: string[];
  /** Whether some capture can hold a tracked object (then the closure is traced). */
  traced: boolean;
}

interface CycleFacts {
  tracked: Set<ts.Symbol>;
  closures: Map<ts.Node, ClosureFacts>;
}

const factsOf = new WeakMap<LowerContext, CycleFacts>();

type TypeDecl = ts.ClassDeclaration | ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

/** The analysis: run once before lowering (module.ts). */
export function analyseCycles(ctx: LowerContext, files: readonly ts.SourceFile[]): void {
  const checker = ctx.checker;
  const decls = new Map<ts.Symbol, TypeDecl>();
  for (const sf of files) {
    for (const s of sf.statements) {
      if ((ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name) {
        const symbol = checker.getSymbolAtLocation(s.name);
        if (symbol) decls.set(symbol, s);
      }
    }
  }
  // The inheritance relation, both ways (classes extending and implementing, interfaces extending).
  const related = new Map<ts.Symbol, Set<ts.Symbol>>();
  const subtypes = new Map<ts.Symbol, Set<ts.Symbol>>();
  const link = (sub: ts.Symbol, sup: ts.Symbol): void => {
    for (const [a, b] of [[sub, sup], [sup, sub]]) {
      if (!related.has(a)) related.set(a, new Set());
      related.get(a)!.add(b);
    }
    if (!subtypes.has(sup)) subtypes.set(sup, new Set());
    subtypes.get(sup)!.add(sub);
  };
  for (const [symbol, decl] of decls) {
    if (ts.isTypeAliasDeclaration(decl)) continue;
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) {
        const sup = ctx.symbolOf(t.expression);
        if (sup && decls.has(sup)) link(symbol, sup);
      }
    }
  }
  const withSubtypes = (symbol: ts.Symbol, out: Set<GraphNode>): void => {
    if (out.has(symbol)) return;
    out.add(symbol);
    for (const s of subtypes.get(symbol) ?? []) withSubtypes(s, out);
  };

  const edges = new Map<GraphNode, Set<GraphNode>>();
  const addEdges = (from: GraphNode, to: Iterable<GraphNode>): void => {
    if (!edges.has(from)) edges.set(from, new Set());
    for (const t of to) edges.get(from)!.add(t);
  };
  /** The graph nodes a value of type t can point at. */
  const refs = (t: ts.Type, out: Set<GraphNode> = new Set(), seen = new Set<ts.Type>()): Set<GraphNode> => {
    if (seen.has(t)) return out;
    seen.add(t);
    if (t.isUnionOrIntersection()) {
      for (const m of t.types) refs(m, out, seen);
      return out;
    }
    if (t.flags & ts.TypeFlags.TypeParameter) {
      // `const self = this` has the polymorphic this type: its class. (A generic T: its instantiations are
      // edges of the generic class, below.)
      const constraint = checker.getBaseConstraintOfType(t);
      if (constraint && constraint !== t) refs(constraint, out, seen);
      return out;
    }
    const args = (t.flags & ts.TypeFlags.Object) && ((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) ? checker.getTypeArguments(t as ts.TypeReference) : [];
    if (checker.isArrayType(t)) {
      for (const a of args) refs(a, out, seen);
      return out;
    }
    if (t.getCallSignatures().length) {
      out.add(CLOSURE);
      return out;
    }
    const symbol = (t.aliasSymbol && decls.has(t.aliasSymbol) ? t.aliasSymbol : undefined) ?? t.getSymbol();
    if (!symbol) return out;
    if (decls.has(symbol)) {
      withSubtypes(symbol, out);
      // Box<Node>: Box can hold what its type arguments can.
      const typeArgs = t.aliasTypeArguments ?? args;
      if (typeArgs.length) {
        const inner = new Set<GraphNode>();
        for (const a of typeArgs) refs(a, inner, seen);
        addEdges(symbol, inner);
      }
      return out;
    }
    if (symbol.name === "Map" || symbol.name === "Set" || symbol.name === "ReadonlyMap" || symbol.name === "ReadonlySet") {
      for (const a of args) refs(a, out, seen);
    }
    return out;
  };

  // Fields.
  for (const symbol of decls.keys()) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    for (const prop of checker.getPropertiesOfType(type)) {
      const pd = prop.valueDeclaration;
      if (!pd || !(ts.isPropertyDeclaration(pd) || ts.isParameter(pd) || ts.isPropertySignature(pd))) continue;
      if (ts.isPropertyDeclaration(pd) && ts.getModifiers(pd)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
      addEdges(symbol, refs(checker.getTypeOfSymbol(prop)));
    }
    if (!edges.has(symbol)) edges.set(symbol, new Set());
  }

  // Closures: what each captures.
  const closureCaptures = new Map<ts.Node, { names: string[]; types: ts.Type[]; thisClass?: ts.Symbol }>();
  const visit = (node: ts.Node): void => {
    const isClosure = ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && !isInlineCallback(ctx, node)) ||
      (ts.isFunctionDeclaration(node) && !isModuleLevel(node) && !!node.body);
    if (isClosure) closureCaptures.set(node, capturesOf(ctx, node));
    ts.forEachChild(node, visit);
  };
  for (const sf of files) visit(sf);
  for (const c of closureCaptures.values()) {
    const to = new Set<GraphNode>();
    for (const t of c.types) refs(t, to);
    if (c.thisClass) withSubtypes(c.thisClass, to);
    addEdges(CLOSURE, to);
  }

  // Nodes on a cycle: strongly connected components with more than one node or a self edge.
  const onCycle = stronglyConnected(edges);
  const tracked = new Set<ts.Symbol>();
  const spread = (s: ts.Symbol): void => {
    if (tracked.has(s)) return;
    tracked.add(s);
    for (const r of related.get(s) ?? []) spread(r);
  };
  for (const n of onCycle) if (n !== CLOSURE) spread(n);
  const closureOnCycle = onCycle.has(CLOSURE);

  const traceable = (t: ts.Type): boolean => [...refs(t)].some((n) => (n === CLOSURE ? closureOnCycle : tracked.has(n)));
  const closures = new Map<ts.Node, ClosureFacts>();
  for (const [node, c] of closureCaptures) {
    const traced = closureOnCycle && (c.types.some(traceable) || (!!c.thisClass && tracked.has(c.thisClass)));
    closures.set(node, { captures: c.names, traced });
  }
  factsOf.set(ctx, { tracked, closures });
}

/** Whether any object or closure of the program can be on a cycle (the cycle collector then runs at yields). */
export function hasTrackedTypes(ctx: LowerContext): boolean {
  const facts = factsOf.get(ctx);
  return !facts || facts.tracked.size > 0 || [...facts.closures.values()].some((c) => c.traced);
}

/** The variables (declared outside it, not at module level) a closure refers to, and whether it uses `this`. */
function capturesOf(ctx: LowerContext, fn: ts.Node): { names: string[]; types: ts.Type[]; thisClass?: ts.Symbol } {
  const names: string[] = [];
  const types: ts.Type[] = [];
  const seen = new Set<ts.Symbol>();
  let usesThis = false;
  // Nested closures capture through this one; a nested non-arrow function has its own `this`.
  const visit = (n: ts.Node, ownThis: boolean): void => {
    if (ownThis && (n.kind === ts.SyntaxKind.ThisKeyword || n.kind === ts.SyntaxKind.SuperKeyword)) usesThis = true;
    const isName = (ts.isPropertyAccessExpression(n.parent) || ts.isFunctionDeclaration(n.parent)) && n.parent.name === n;
    if (ts.isIdentifier(n) && !isName) {
      const symbol = ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n ? ctx.checker.getShorthandAssignmentValueSymbol(n.parent) : ctx.symbolOf(n);
      const decl = symbol?.valueDeclaration;
      if (symbol && decl && !seen.has(symbol) && (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isFunctionDeclaration(decl)) &&
        !isModuleLevel(decl) && (decl === fn || !(decl.pos >= fn.pos && decl.end <= fn.end)) && decl.getSourceFile() === fn.getSourceFile()) {
        seen.add(symbol);
        names.push(cppIdentifier(symbol.name));
        types.push(ctx.checker.getTypeOfSymbol(symbol));
      }
    }
    const nestedOwnThis = ownThis && !(ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n) || ts.isClassLike(n));
    ts.forEachChild(n, (c) => visit(c, nestedOwnThis));
  };
  ts.forEachChild(fn, (c) => visit(c, true));
  let thisClass: ts.Symbol | undefined;
  if (usesThis) {
    const cls = ts.findAncestor(fn.parent, ts.isClassLike);
    if (cls?.name) thisClass = ctx.checker.getSymbolAtLocation(cls.name);
  }
  return { names, types, thisClass };
}

function stronglyConnected(edges: Map<GraphNode, Set<GraphNode>>): Set<GraphNode> {
  const index = new Map<GraphNode, number>();
  const low = new Map<GraphNode, number>();
  const stack: GraphNode[] = [];
  const onStack = new Set<GraphNode>();
  const result = new Set<GraphNode>();
  let next = 0;
  const strong = (v: GraphNode): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: GraphNode[] = [];
      let w: GraphNode;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) for (const c of component) result.add(c);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) strong(v);
  return result;
}

// ---- emission hooks ----------------------------------------------------------------------------------------

/** Whether instances of this class or record can be part of a cycle. */
export function isTracked(ctx: LowerContext, decl: TypeDecl): boolean {
  const symbol = decl.name && ctx.checker.getSymbolAtLocation(decl.name);
  return !!symbol && !!factsOf.get(ctx)?.tracked.has(symbol);
}

/**
 * The members a tracked class or record adds to its C++ class: the marker `make<T>` reads, and the visit of its
 * own fields after its base's (a field of a type that cannot hold a tracked object is skipped by the runtime).
 */
export function traceMembers(ctx: LowerContext, decl: TypeDecl, baseCpp: string, fields: readonly string[]): Decl[] {
  if (!isTracked(ctx, decl)) return [];
  const v = name("v");
  const visits = [exprStmt(call(`${baseCpp}::tsVisit`, [v])), ...fields.map((f) => exprStmt(call("ts::tsTrace", [v, member(name("this"), "->", f)])))];
  return [
    varDecl({ specifiers: ["static", "constexpr"], type: BOOL, name: "tsTracked", init: lit("true") }),
    functionDecl({ ret: VOID, name: "tsVisit", params: [{ type: "ts::gc::Visitor&", name: "v" }], override: true, body: visits, oneLine: true }),
  ];
}

/** Whether a closure is traced: `ts::Fn<...>(ts::traced, lambda)`. */
export function isTracedClosure(ctx: LowerContext, node: ts.Node): boolean {
  return !!factsOf.get(ctx)?.closures.get(node)?.traced;
}

/** The first statement of a traced closure's body: it names the captures when the collector asks. */
export function capturesLine(ctx: LowerContext, node: ts.Node, returnCpp: string): string | undefined {
  const facts = factsOf.get(ctx)?.closures.get(node);
  if (!facts?.traced) return undefined;
  const names = [...facts.captures];
  if (usesThis(node)) names.push("self");
  if (!names.length) return undefined;
  return `${returnCpp === "void" ? "TSD_CAPTURES_VOID" : "TSD_CAPTURES"}(${names.join(", ")});`;
}

