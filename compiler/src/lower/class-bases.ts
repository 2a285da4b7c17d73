// The C++ bases of classes that implement interfaces. An interface classes implement is an abstract class
// (declarations.ts, recordDefinition); a class derives from its base class and from every interface it adds
// (`class Dimmer extends Relay implements Readable` is `class Dimmer : public Relay, public Readable`). Where a
// class has more than one such base, the ts::Object at the root of each is the same one (one reference count,
// one ClassInfo): the interfaces involved, and the root class of the base chain, derive from `virtual ts::Object`.
// Only those hierarchies pay for it (a vtable pointer per interface base and one for the shared ts::Object);
// the others keep single inheritance. A downcast through a virtual base cannot be a static_cast, and there is
// no RTTI: such classes define `tsCastTo(ClassInfo*)` (ts_object.h), which ts::downcast calls.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppType } from "./types.js";
import { refClassName } from "../ir/types.js";
import { functionDecl, type BaseClass, type Decl } from "../ir/decls.js";
import { line } from "../ir/nodes.js";

export function implementedOf(cls: ts.ClassDeclaration): ts.ExpressionWithTypeArguments[] {
  return [...(cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ImplementsKeyword)?.types ?? [])];
}

function extendsOf(cls: ts.ClassDeclaration): ts.ExpressionWithTypeArguments | undefined {
  return cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
}

/** An interface and the interfaces it extends, nearest first. */
function interfaceChain(ctx: LowerContext, first: ts.Symbol | undefined): ts.Symbol[] {
  const chain: ts.Symbol[] = [];
  for (let sym = first; sym && chain.length < 32 && !chain.includes(sym); ) {
    chain.push(sym);
    const decl = sym.declarations?.find(ts.isInterfaceDeclaration);
    const base = decl?.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    sym = base && ctx.symbolOf(base.expression);
  }
  return chain;
}

/** The user class a class extends (undefined for a root class, and for a base the runtime declares: Error). */
export function userBaseOf(ctx: LowerContext, cls: ts.ClassDeclaration): ts.ClassDeclaration | undefined {
  const base = extendsOf(cls);
  const decl = base && ctx.symbolOf(base.expression)?.declarations?.find(ts.isClassDeclaration);
  return decl && !ctx.isRuntimeFile(decl.getSourceFile().fileName) ? decl : undefined;
}

/** Whether a class's base chain ends in a class the runtime declares (Error): its ts::Object is not virtual. */
export function extendsBuiltin(ctx: LowerContext, cls: ts.ClassDeclaration): boolean {
  for (let c: ts.ClassDeclaration | undefined = cls, depth = 0; c && depth < 32; depth++) {
    const next = userBaseOf(ctx, c);
    if (!next) return !!extendsOf(c);
    c = next;
  }
  return false;
}

/** Every interface a class implements, through its base classes too (each with the interfaces it extends). */
function allInterfaces(ctx: LowerContext, cls: ts.ClassDeclaration | undefined): Set<ts.Symbol> {
  const out = new Set<ts.Symbol>();
  for (let c = cls, depth = 0; c && depth < 32; c = userBaseOf(ctx, c), depth++) {
    for (const i of implementedOf(c)) for (const s of interfaceChain(ctx, ctx.symbolOf(i.expression))) out.add(s);
  }
  return out;
}

/** The interfaces a class adds to what its base classes implement already (those are C++ bases of its base). */
export function addedInterfaces(ctx: LowerContext, cls: ts.ClassDeclaration): ts.ExpressionWithTypeArguments[] {
  const inherited = allInterfaces(ctx, userBaseOf(ctx, cls));
  return implementedOf(cls).filter((i) => {
    const s = ctx.symbolOf(i.expression);
    return !s || !inherited.has(s);
  });
}

interface VirtualRoots {
  /** Interfaces and root classes whose ts::Object base is virtual. */
  symbols: Set<ts.Symbol>;
  /** Interfaces a class reaches along two paths (`Dimmable extends Switchable`, implemented by a subclass of a
   *  Switchable class; two implemented interfaces extending one): every edge into them is virtual. */
  diamonds: Set<ts.Symbol>;
}
const rootsOf = new WeakMap<LowerContext, VirtualRoots>();

function virtualRoots(ctx: LowerContext): VirtualRoots {
  let roots = rootsOf.get(ctx);
  if (roots) return roots;
  roots = { symbols: new Set(), diamonds: new Set() };
  rootsOf.set(ctx, roots);
  for (const sf of ctx.program.getSourceFiles()) {
    if (sf.isDeclarationFile || ctx.isRuntimeFile(sf.fileName)) continue;
    for (const s of sf.statements) {
      if (!ts.isClassDeclaration(s)) continue;
      const base = userBaseOf(ctx, s);
      const added = base ? addedInterfaces(ctx, s) : implementedOf(s);
      const reached = allInterfaces(ctx, base);
      for (const i of added) {
        const chain = interfaceChain(ctx, ctx.symbolOf(i.expression));
        for (const sym of chain) if (reached.has(sym)) roots.diamonds.add(sym);
        for (const sym of chain) reached.add(sym);
      }
      if (added.length + (base ? 1 : 0) < 2) continue;
      for (const i of added) for (const sym of interfaceChain(ctx, ctx.symbolOf(i.expression))) roots.symbols.add(sym);
      if (!base) continue;
      // The root of the base chain: its interfaces' ts::Object, or its own.
      let root = base;
      for (let b = userBaseOf(ctx, root), depth = 0; b && depth < 32; b = userBaseOf(ctx, root), depth++) root = b;
      const rootImpls = implementedOf(root);
      if (!rootImpls.length && root.name) {
        const sym = ctx.symbolOf(root.name);
        if (sym) roots.symbols.add(sym);
      }
      for (const i of rootImpls) for (const sym of interfaceChain(ctx, ctx.symbolOf(i.expression))) roots.symbols.add(sym);
    }
  }
  return roots;
}

/** Whether the edges into an interface (a class implementing it, an interface extending it) are virtual. */
export function isDiamondInterface(ctx: LowerContext, symbol: ts.Symbol | undefined): boolean {
  return !!symbol && virtualRoots(ctx).diamonds.has(symbol);
}

/** Whether an interface's (or a root class's) ts::Object base is virtual. */
export function hasVirtualObject(ctx: LowerContext, symbol: ts.Symbol): boolean {
  return virtualRoots(ctx).symbols.has(symbol);
}

/** Whether a class reaches ts::Object through a virtual base (then it defines tsCastTo). */
export function derivesVirtually(ctx: LowerContext, cls: ts.ClassDeclaration): boolean {
  const roots = virtualRoots(ctx).symbols;
  for (let c: ts.ClassDeclaration | undefined = cls, depth = 0; c && depth < 32; c = userBaseOf(ctx, c), depth++) {
    const self = c.name && ctx.symbolOf(c.name);
    if (self && roots.has(self)) return true;
    for (const i of implementedOf(c)) if (interfaceChain(ctx, ctx.symbolOf(i.expression)).some((s) => roots.has(s))) return true;
  }
  return false;
}

function interfaceCpp(ctx: LowerContext, i: ts.ExpressionWithTypeArguments): string {
  const cpp = cppType(ctx, ctx.checker.getTypeAtLocation(i), i);
  return refClassName(cpp) ?? cpp;
}

/**
 * The C++ bases of a class: its base class (`baseCpp`, ts::Object for a root class) and the interfaces it adds;
 * a root class without interfaces whose subclass adds one derives from `virtual ts::Object`.
 */
export function classBases(ctx: LowerContext, cls: ts.ClassDeclaration, baseCpp: string): BaseClass[] {
  const base = extendsOf(cls);
  const impls = base ? addedInterfaces(ctx, cls) : implementedOf(cls);
  if (!base && !impls.length) {
    const self = cls.name && ctx.symbolOf(cls.name);
    return [{ name: "ts::Object", virtual: !!self && hasVirtualObject(ctx, self) }];
  }
  return [...(base ? [{ name: baseCpp }] : []), ...impls.map((i) => ({ name: interfaceCpp(ctx, i), virtual: isDiamondInterface(ctx, ctx.symbolOf(i.expression)) }))];
}

/** `tsCastTo` of a class that reaches ts::Object through a virtual base: its own address as itself or as an
 *  interface it adds, else what its base class answers. */
export function castToMember(ctx: LowerContext, cls: ts.ClassDeclaration, baseCpp: string): Decl[] {
  if (!derivesVirtually(ctx, cls)) return [];
  const base = extendsOf(cls);
  const impls = base ? addedInterfaces(ctx, cls) : implementedOf(cls);
  const names = new Set<string>();
  for (const i of impls) {
    const chain = interfaceChain(ctx, ctx.symbolOf(i.expression));
    names.add(interfaceCpp(ctx, i));
    for (const s of chain.slice(1)) {
      const decl = s.declarations?.find(ts.isInterfaceDeclaration);
      if (decl) names.add(refClassName(cppType(ctx, ctx.checker.getDeclaredTypeOfSymbol(s), decl)) ?? decl.name.text);
    }
  }
  const body = [
    line("if (t == &classInfo_) return this;"),
    ...[...names].map((n) => line(`if (t == &${n}::classInfo_) return static_cast<${n}*>(this);`)),
    line(`return ${base ? baseCpp : "ts::Object"}::tsCastTo(t);`),
  ];
  return [functionDecl({ ret: "void*", name: "tsCastTo", params: [{ type: "const ts::ClassInfo*", name: "t" }], override: true, body })];
}

type AccessorSource = "own" | "inherited" | "none";

/** How a class provides an interface property through accessors (a getter, maybe a setter, declared by it or a
 *  base class); undefined when it is a field. */
export function propertyAccessors(ctx: LowerContext, cls: ts.ClassDeclaration, name: string): { get: AccessorSource; set: AccessorSource } | undefined {
  const prop = ctx.checker.getPropertyOfType(ctx.checker.getTypeAtLocation(cls), name);
  const decls = prop?.declarations ?? [];
  const source = (d: ts.Declaration | undefined): AccessorSource => (!d ? "none" : d.parent === cls ? "own" : "inherited");
  const get = decls.find(ts.isGetAccessor);
  const set = decls.find(ts.isSetAccessor);
  if (!get && !set) return undefined;
  return { get: source(get), set: source(set) };
}
