// A per-object "small fields" state for classes whose methods have int32 copies (int-methods.ts, issue 12).
// The copy of `step` in a particle class used to test each field's Num tag (a load and a branch per field) and
// every + and - for overflow. With the state, the object carries one byte, `tsNumState_`: while it is 1, every
// `number` field that some int32 copy of the class reads (the covered fields) holds an int32 in [-2^30, 2^30).
// The copy tests that byte once, reads the fields as int32, adds two of them without an overflow test (the sum
// of two such values is an int32) and tests only what it stores back (ts::smallInt); when the byte is 0 it
// checks the covered fields (ts::smallField) and sets it, or runs the general body.
//
// Sound because every write of a covered field outside the copies clears the byte after it: the analysis
// accepts a class only when each write of a property with a covered field's name, anywhere in the program
// (assignments of any operator, ++/--, destructuring and for-of targets, element writes `o["x"]`), is a
// statement `this.f = …` / `this.f op= …` / `this.f++` directly in a constructor, method or accessor of the
// class itself; statements.ts appends `this->tsNumState_ = 0;` to each such statement. The class extends
// nothing, implements nothing and no class extends it (no other code reaches its fields through another
// symbol), and is not generic. A new object starts at 0. The copies store only values they checked to be small.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { line, lit, type Stmt } from "../ir/nodes.js";
import { varDecl, type Decl } from "../ir/decls.js";
import { typeFromSpelling } from "../ir/types.js";
import { intMethodFieldNames } from "./int-methods.js";

export const STATE_FIELD = "tsNumState_";

const states = new WeakMap<ts.ClassDeclaration, Set<string> | null>();
const extendedByProgram = new WeakMap<ts.Program, Set<ts.Node>>();

/** The TypeScript names of the fields the class's state covers, when the class keeps one. */
export function numStateFields(ctx: LowerContext, cls: ts.ClassDeclaration): Set<string> | undefined {
  let known = states.get(cls);
  if (known === undefined) {
    known = computeState(ctx, cls) ?? null;
    states.set(cls, known);
  }
  return known ?? undefined;
}

/** The state member of a class that keeps one. */
export function numStateMembers(ctx: LowerContext, cls: ts.ClassDeclaration): Decl[] {
  if (!numStateFields(ctx, cls)) return [];
  return [varDecl({ type: typeFromSpelling("uint8_t"), name: STATE_FIELD, init: lit("0") })];
}

/** After a statement that writes a covered field of `this`: the statement that clears the state. */
export function numStateClear(ctx: LowerContext, s: ts.ExpressionStatement): Stmt[] {
  const target = writtenThisField(s.expression);
  if (!target) return [];
  const cls = enclosingClassMember(s)?.parent;
  if (!cls || !ts.isClassDeclaration(cls)) return [];
  const fields = numStateFields(ctx, cls);
  return fields?.has(target.name.text) ? [line(`this->${STATE_FIELD} = 0;`)] : [];
}

function computeState(ctx: LowerContext, cls: ts.ClassDeclaration): Set<string> | undefined {
  if (cls.heritageClauses?.length || cls.typeParameters?.length || extendedClasses(ctx).has(cls)) return undefined;
  // A field initializer that runs code (a method copy could set the state before a parameter property, which
  // the constructor assigns without a statement of its own, is written).
  if (cls.members.some((m) => ts.isPropertyDeclaration(m) && m.initializer && runsCode(m.initializer))) return undefined;
  const fields = new Set<string>();
  for (const m of cls.members) {
    if (!ts.isMethodDeclaration(m)) continue;
    for (const f of intMethodFieldNames(ctx, m) ?? []) fields.add(f);
  }
  if (fields.size === 0) return undefined;
  let ok = true;
  const visit = (node: ts.Node): void => {
    if (!ok) return;
    const name = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
    if (name !== undefined && fields.has(name) && isWriteTarget(node) && !allowedWrite(ctx, cls, node)) ok = false;
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile) visit(file);
  return ok ? fields : undefined;
}

function runsCode(e: ts.Node): boolean {
  if (ts.isCallExpression(e) || ts.isNewExpression(e) || ts.isTaggedTemplateExpression(e) || e.kind === ts.SyntaxKind.ThisKeyword || ts.isFunctionLike(e)) return true;
  return !!ts.forEachChild(e, (c) => runsCode(c) || undefined);
}

function extendedClasses(ctx: LowerContext): Set<ts.Node> {
  const known = extendedByProgram.get(ctx.program);
  if (known) return known;
  const found = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isHeritageClause(node)) {
      for (const t of node.types) {
        let symbol = ctx.checker.getSymbolAtLocation(t.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
        for (const d of symbol?.declarations ?? []) found.add(d);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of ctx.program.getSourceFiles()) if (!file.isDeclarationFile) visit(file);
  extendedByProgram.set(ctx.program, found);
  return found;
}

function isWrapper(n: ts.Node): boolean {
  return ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n) || ts.isTypeAssertionExpression(n) || ts.isSatisfiesExpression(n);
}

/** Whether the property access is written: an assignment's target (also inside a destructuring pattern), ++/--, a for-of target. */
function isWriteTarget(node: ts.Node): boolean {
  let n = node;
  for (;;) {
    const p = n.parent;
    if (!p) return false;
    if (isWrapper(p) || ts.isArrayLiteralExpression(p) || ts.isObjectLiteralExpression(p) || ts.isSpreadElement(p) || ts.isSpreadAssignment(p) || (ts.isPropertyAssignment(p) && p.initializer === n)) {
      n = p;
      continue;
    }
    if (ts.isBinaryExpression(p)) return p.left === n && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
    if (ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) return p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken;
    if (ts.isForOfStatement(p) || ts.isForInStatement(p)) return p.initializer === n;
    return false;
  }
}

/** `this.f` written by an assignment or ++/-- that is a statement of its own. */
function writtenThisField(e: ts.Expression): ts.PropertyAccessExpression | undefined {
  let target: ts.Expression | undefined;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && e.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target = e.left;
  else if ((ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) && (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)) target = e.operand;
  if (!target || !ts.isPropertyAccessExpression(target) || target.questionDotToken || target.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  return target;
}

/** The constructor, method or accessor whose body holds the statement directly (no nested function in between). */
function enclosingClassMember(s: ts.Node): ts.ClassElement | undefined {
  for (let n = s.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n)) {
      if ((ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)) && !n.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return n;
      return undefined;
    }
    if (ts.isClassLike(n)) return undefined;
  }
  return undefined;
}

function allowedWrite(ctx: LowerContext, cls: ts.ClassDeclaration, node: ts.Node): boolean {
  if (!ts.isPropertyAccessExpression(node)) return false;
  const statement = node.parent.parent;
  if (!statement || !ts.isExpressionStatement(statement) || writtenThisField(statement.expression) !== node) return false;
  if (enclosingClassMember(statement)?.parent !== cls) return false;
  const decl = ctx.checker.getSymbolAtLocation(node.name)?.valueDeclaration;
  return !!decl && (decl.parent === cls || (ts.isParameter(decl) && decl.parent.parent === cls));
}
