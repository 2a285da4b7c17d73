// Declarations as IR data: functions (prototypes and definitions: free functions, methods, constructors),
// classes with their members, variables at namespace or class scope (globals, constants, fields), namespaces,
// and the preprocessor conditionals around a function's copies (yield-clone.ts). Each carries the TypeScript
// position it comes from; ir/print-decls.ts prints them with `#line` directives. Bodies are IR statements.
import type { CppType } from "./types.js";
import { name, returnStmt, unary, type Expr, type Span, type Stmt } from "./nodes.js";

export type Specifier = "static" | "inline" | "virtual" | "const" | "constexpr";

/** A function parameter; `default` (a default argument) is printed where lowering gives one: in prototypes. */
export interface Param {
  readonly type: CppType | string;
  readonly name: string;
  readonly default?: Expr;
}

/** A function, method or constructor: a prototype without `body`, a definition with one. */
export interface FunctionDecl {
  readonly kind: "function";
  /** Template parameters of the class a member defined out of line belongs to (`template <class T>`). */
  readonly scopeTemplate?: readonly string[];
  /** The function's own template parameters. */
  readonly template?: readonly string[];
  readonly specifiers?: readonly Specifier[];
  /** The return type; none for a constructor. */
  readonly ret?: CppType | string;
  /** The class of a member defined out of line (`Box<T>`: printed `Box<T>::name`). */
  readonly scope?: string;
  readonly name: string;
  readonly params: readonly Param[];
  /** `() const` */
  readonly isConst?: boolean;
  readonly override?: boolean;
  /** `= 0` */
  readonly pure?: boolean;
  /** A constructor's base initialiser (`: Base(args)`). */
  readonly init?: Expr;
  readonly body?: readonly Stmt[];
  /** The body on the head's line (`int f() { return x; }`). */
  readonly oneLine?: boolean;
  readonly span?: Span;
}

/** A base class: `public [virtual] name`. */
export interface BaseClass {
  readonly name: string;
  readonly virtual?: boolean;
}

/** A class: its members public; without `members`, a forward declaration. */
export interface ClassDecl {
  readonly kind: "class";
  readonly template?: readonly string[];
  readonly name: string;
  readonly bases?: readonly BaseClass[];
  readonly members?: readonly Decl[];
  readonly span?: Span;
}

/** A variable at namespace scope (a global, a constant) or class scope (a field): `[specifiers] type name[]
 *  [attribute](args) = init;` — `args` constructs it (a library object), `array` makes it a C array. */
export interface VarDecl {
  readonly kind: "var";
  /** Template parameters of the class a static member defined out of line belongs to. */
  readonly template?: readonly string[];
  readonly specifiers?: readonly Specifier[];
  readonly type: CppType | string;
  /** The class of a static member defined out of line (`Box<T>`: printed `Box<T>::name`). */
  readonly scope?: string;
  readonly name: string;
  readonly array?: boolean;
  /** `PROGMEM` */
  readonly attribute?: string;
  readonly args?: readonly Expr[];
  /** Value-initialised: `T name{}`. */
  readonly valueInit?: boolean;
  readonly init?: Expr;
  readonly span?: Span;
}

/** `namespace name { body }` (an enum's constants: the body indented). */
export interface NamespaceDecl {
  readonly kind: "namespace";
  readonly name: string;
  readonly body: readonly Decl[];
  readonly span?: Span;
}

/** `#ifdef macro` (`#ifndef` when `negated`) … `#else` … `#endif`. */
export interface ConditionalDecl {
  readonly kind: "conditional";
  readonly macro: string;
  readonly negated?: boolean;
  readonly then: readonly Decl[];
  readonly else?: readonly Decl[];
}

/** `#define name value` */
export interface DefineDecl {
  readonly kind: "define";
  readonly name: string;
  readonly value: string;
}

export type Decl = FunctionDecl | ClassDecl | VarDecl | NamespaceDecl | ConditionalDecl | DefineDecl;

export const functionDecl = (f: Omit<FunctionDecl, "kind">): FunctionDecl => ({ kind: "function", ...f });
export const classDecl = (c: Omit<ClassDecl, "kind">): ClassDecl => ({ kind: "class", ...c });
export const varDecl = (v: Omit<VarDecl, "kind">): VarDecl => ({ kind: "var", ...v });

/** Template parameter names of a declaration's type parameters (undefined when it has none). */
export function templateParams(params: readonly { readonly name: { readonly text: string } }[] | undefined): string[] | undefined {
  return params?.length ? params.map((p) => p.name.text) : undefined;
}

/** The members every class deriving ts::Object declares: `static const ts::ClassInfo classInfo_;` and its
 *  virtual accessor (the runtime's instanceof and class names). */
export function classInfoMembers(): Decl[] {
  return [
    varDecl({ specifiers: ["static", "const"], type: "ts::ClassInfo", name: "classInfo_" }),
    functionDecl({ ret: "const ts::ClassInfo*", name: "classInfo", params: [], isConst: true, override: true, body: [returnStmt(unary("&", name("classInfo_")))], oneLine: true }),
  ];
}
