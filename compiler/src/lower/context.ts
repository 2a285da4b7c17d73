// Shared state of the lowering pass: the checker, the diagnostics, the C++ names chosen for declarations,
// and small helpers to report a diagnostic at a node. Lowering never throws at user input: it reports and
// returns a placeholder, and compile.ts refuses to write C++ when any error was reported.
import ts from "typescript";
import type { Diagnostic } from "../diagnostics.js";
import { Messages, format, type MessageId } from "../messages.js";
import type { LibraryBinding } from "../program.js";
import type { Expr, Stmt } from "../ir/nodes.js";
import { isHoistable } from "./hoist.js";

export interface FunctionScope {
  /** C++ type of the function's return value. */
  returnType: string;
  /** Name used for `this` in the body ("this" in methods, "self" inside closures created in methods). */
  thisName: string;
  /** The class whose method this is, if any. */
  classDecl?: ts.ClassLikeDeclaration;
  /** True inside a C++ lambda (closure). */
  inLambda: boolean;
  /**
   * The arguments of a `super(...)` call: statements they need go into a lambda returning `returnType`'s default
   * on a raised error (a constructor's initialiser list cannot return), which the body then leaves at once.
   */
  superArguments?: boolean;
}

export class LowerContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Variables that live in a ts::Cell because a closure captures and mutates them. */
  readonly celled = new Set<ts.Symbol>();
  /** Celled variables a closure refers to before their declaration (`() => k` above `const k`): their cell is
   * created at the start of the block, and the declaration assigns it. */
  readonly hoistedCells = new Set<ts.Symbol>();
  /** Per-module C++ namespace (empty for the entry module). */
  readonly namespaceOf = new Map<ts.SourceFile, string>();
  readonly libraries: Map<string, LibraryBinding>;
  readonly usedLibraries = new Set<LibraryBinding>();
  /** Methods that some subclass overrides (emitted virtual). */
  readonly virtualMethods = new Set<ts.Symbol>();
  /** Interfaces emitted as abstract classes (their properties are virtual get_/set_ accessors). */
  readonly abstractRecords = new Set<ts.Symbol>();
  readonly warnings: Diagnostic[] = [];
  /** `number` variables proven to hold only int32 values (loop counters): stored as int32_t. */
  readonly inferredInt = new Set<ts.Symbol>();
  /** Those of them proven by int-ranges.ts (locals and parameters of any use): their arithmetic is ts::Num. */
  readonly rangeInt = new Set<ts.Symbol>();
  /** Their intervals over the whole program, and those of `++`/`--` loop counters (integers.ts), for
   *  int-exprs.ts (arithmetic of them proven int32 is int32_t). */
  readonly rangeIntervals = new Map<ts.Symbol, readonly [number, number]>();
  /** `number` variables, parameters and fields stored as ts::Num (int32 or double, numrep.ts), and the
   * functions and methods that return one. */
  readonly numSymbols = new Set<ts.Symbol>();
  readonly numReturns = new Set<ts.Node>();
  /** `number[]` variables and parameters whose elements are ts::Num (ts::Array<ts::Num>, num-arrays.ts). */
  readonly numArraySymbols = new Set<ts.Symbol>();
  /** The selected board's pin names → GPIO numbers (pin constants are emitted as numbers). */
  boardPins: Record<string, number> = {};
  /** Nodes already evaluated into a temporary (an optional chain's tested receiver): their C++ value. */
  readonly substitutions = new Map<ts.Node, string | Expr>();
  /** Optional-chain links (`?.`) whose receiver has been tested for nullish already. */
  readonly checkedLinks = new Set<ts.Node>();
  /**
   * Temporaries of the statement being lowered: while `node` (the statement's whole expression, evaluated
   * exactly once before anything else of the statement) is lowered, the temporaries its operands need become
   * statements (IR) emitted before the statement, where evaluation order allows it (hoist.ts).
   */
  hoist: { node: ts.Node; lines: Stmt[] } | undefined;
  /** Names of the temporaries lowering made (a value that is one needs no copy into another). */
  readonly temporaries = new Set<string>();
  /** Operands already evaluated into temporaries of the current statement (sequenced): stable for hoist.ts. */
  readonly spilled = new Set<ts.Node>();
  /** The expression whose lowering is in progress (innermost). */
  currentNode: ts.Node | undefined;
  /** The TypeScript type each record/class C++ type (`ts::Ref<Point>`) was made from. */
  readonly typeOfCpp = new Map<string, ts.Type>();
  /** The C++ label chosen for each labelled statement, and every label name used so far (statements.ts). */
  readonly labelNames = new Map<ts.LabeledStatement, string>();
  readonly usedLabelNames = new Set<string>();
  scope: FunctionScope = { returnType: "void", thisName: "this", inLambda: false };
  private tempCounter = 0;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly program: ts.Program,
    libraries: Map<string, LibraryBinding>,
    readonly isRuntimeFile: (fileName: string) => boolean,
  ) {
    this.libraries = libraries;
  }

  temp(prefix = "t"): string {
    return `_${prefix}${++this.tempCounter}`;
  }

  report(node: ts.Node, id: MessageId, ...args: string[]): void {
    const d = diagnosticAt(node, id, args, "error");
    // The same problem on the same line is reported once, however many nodes and passes run into it.
    if (this.diagnostics.some((e) => e.code === d.code && e.file === d.file && e.line === d.line && (e.column === d.column || e.message === d.message))) return;
    this.diagnostics.push(d);
  }

  warn(node: ts.Node, id: MessageId, ...args: string[]): void {
    this.warnings.push(diagnosticAt(node, id, args, "warning"));
  }

  /** Lowers a statement's expression with its temporaries hoisted; returns the text and the hoisted lines. */
  hoisting<T>(node: ts.Node, lower: () => T): { value: T; lines: Stmt[] } {
    const saved = this.hoist;
    this.hoist = { node, lines: [] };
    try {
      const value = lower();
      return { value, lines: this.hoist.lines };
    } finally {
      this.hoist = saved;
    }
  }

  /** Whether temporaries made now can be statements before the current statement. */
  canHoist(): boolean {
    return !!this.hoist && !!this.currentNode && isHoistable(this, this.currentNode, this.hoist.node);
  }

  /** Lowering with no statement to put temporaries in front of (a loop condition, a closure's body). */
  withoutHoisting<T>(lower: () => T): T {
    const saved = this.hoist;
    this.hoist = undefined;
    try {
      return lower();
    } finally {
      this.hoist = saved;
    }
  }

  withScope<T>(scope: FunctionScope, f: () => T): T {
    const saved = this.scope;
    this.scope = scope;
    try {
      return f();
    } finally {
      this.scope = saved;
    }
  }

  symbolOf(node: ts.Node): ts.Symbol | undefined {
    // `{ value }` reads the variable `value`, not the literal's property.
    if (ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) return this.checker.getShorthandAssignmentValueSymbol(node.parent);
    const symbol = this.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) return this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  /** The library binding a declaration comes from, if it is declared in a library's typings. */
  libraryOf(decl: ts.Node | undefined): LibraryBinding | undefined {
    if (!decl) return undefined;
    const file = decl.getSourceFile().fileName;
    for (const binding of this.libraries.values()) if (file === binding.typings) return binding;
    return undefined;
  }
}

export function diagnosticAt(node: ts.Node, id: MessageId, args: readonly string[], category: "error" | "warning"): Diagnostic {
  const message = Messages[id];
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  const lineText = sf.text.split(/\r?\n/)[line] ?? "";
  const end = Math.min(node.getEnd(), sf.getLineEndOfPosition(start));
  return {
    code: message.code,
    category,
    message: format(message.text, args),
    file: sf.fileName,
    line: line + 1,
    column: character + 1,
    sourceLine: lineText,
    length: Math.max(1, end - start),
    hint: "hint" in message && message.hint ? format(message.hint, args) || undefined : undefined,
  };
}
