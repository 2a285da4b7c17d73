// JSON.parse into a union of records told apart by a string member, the issue's own example:
//   interface SetPoint { kind: "setpoint"; … }  interface Relay { kind: "relay"; … }
//   const cmd = JSON.parse(payload) as SetPoint | Relay;
// A generated reader looks the discriminant up in the object ahead of reading it (Reader::peekTag), then reads
// the object as the member record that tag names (its generated tsJsonRead). A tag that names no member, or
// a missing one, stops with the TypeError naming the member, like any other mismatch. Used for the value
// JSON.parse returns, for record members of such a union type, and for arrays of it.
import ts from "typescript";
import type { LowerContext } from "./context.js";
import { cppTypeOf } from "./types.js";
import { printType } from "../ir/types.js";

export interface RecordUnion {
  /** The discriminant's name, and each member record's type with its tag. */
  tag: string;
  members: { type: ts.Type; value: string }[];
}

interface Reader {
  name: string;
  cpp: string;
  union: RecordUnion;
  type: ts.Type;
}

const readersOf = new WeakMap<LowerContext, Map<ts.Type, Reader>>();

/** A union of two or more records whose members all have a string-literal `tag` member of distinct values. */
export function recordUnionOf(ctx: LowerContext, t: ts.Type, isRecord: (m: ts.Type) => boolean): RecordUnion | undefined {
  if (!t.isUnion() || t.types.some((m) => m.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined))) return undefined;
  const members = t.types;
  if (members.length < 2 || !members.every(isRecord)) return undefined;
  for (const p of ctx.checker.getPropertiesOfType(members[0])) {
    const values = members.map((m) => {
      const prop = ctx.checker.getPropertyOfType(m, p.name);
      const pt = prop && ctx.checker.getTypeOfSymbol(prop);
      return pt && pt.isStringLiteral() && !(prop!.flags & ts.SymbolFlags.Optional) ? pt.value : undefined;
    });
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) return { tag: p.name, members: members.map((m, i) => ({ type: m, value: values[i]! })) };
  }
  return undefined;
}

/** The generated reader's name for a record union (registered on first use). */
export function unionReaderName(ctx: LowerContext, t: ts.Type, union: RecordUnion, at: ts.Node): string {
  let readers = readersOf.get(ctx);
  if (!readers) readersOf.set(ctx, (readers = new Map()));
  let r = readers.get(t);
  if (!r) {
    r = { name: `tsJsonReadUnion${readers.size + 1}`, cpp: printType(cppTypeOf(ctx, t, at)), union, type: t };
    for (const m of union.members) printType(cppTypeOf(ctx, m.type, at));  // the member records exist as classes
    readers.set(t, r);
  }
  return r.name;
}

function cString(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/\?/g, "\\?");
}

/** The readers' prototypes and definitions (after the records' tsJsonRead prototypes). */
export function unionReaderLines(ctx: LowerContext, at: ts.Node): { protos: string[]; defs: string[] } {
  const protos: string[] = [];
  const defs: string[] = [];
  for (const r of readersOf.get(ctx)?.values() ?? []) {
    const expected = cString(r.union.members.map((m) => JSON.stringify(m.value)).join(" | "));
    protos.push(`void ${r.name}(ts::json::Reader& r, ${r.cpp}& out);`);
    defs.push(`inline void ${r.name}(ts::json::Reader& r, ${r.cpp}& out) {`, `  ts::String tag = r.peekTag(PSTR("${cString(r.union.tag)}"), PSTR("${expected}"));`);
    r.union.members.forEach((m, i) => {
      const memberCpp = printType(cppTypeOf(ctx, m.type, at));
      defs.push(`  ${i ? "else " : ""}if (tag.equals(TS_STR("${cString(m.value)}"))) {`, `    ${memberCpp} v;`, "    tsJsonRead(r, v);", "    out = v;", "  }");
    });
    defs.push(`  else r.badTag(PSTR("${cString(r.union.tag)}"), PSTR("${expected}"), tag);`, "}");
  }
  return { protos, defs };
}
