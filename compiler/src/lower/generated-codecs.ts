// console.log and JSON.stringify of the records the compiler generates (records.ts, tuples.ts): an anonymous
// object type (`{ min: number; max: number }`, a rest pattern's object, a toJSON() result) prints and writes
// as a plain object, `{ min: 1, max: 2 }` / `{"min":1,"max":2}`, its optional members left out while
// undefined; a tuple prints and writes as an array, `[ 't1', 21.5 ]` / `["t1",21.5]`. They are written at top
// level, next to the generated classes, and found by argument-dependent lookup like the declared ones'
// (object-codecs.ts); generic ones (tuples, anonymous types over type parameters) are function templates.
import type { Generated } from "./records.js";

function cString(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/\?/g, "\\?");
}

/** Node's property key: an identifier as it is, anything else quoted. */
function inspectKey(name: string): string {
  return /^[a-zA-Z_$][a-zA-Z_0-9$]*$/.test(name) ? name : `'${name.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * A codec's prototype and the first lines of its definition. A template's `{` goes on a line of its own: the
 * IDE's ctags take a template definition's prototype from its first line up to the `{`, and inserts another
 * prototype unless that text equals ours exactly.
 */
export function codecHead(template: string, head: string): { proto: string; open: string[] } {
  return { proto: `${template}${head};`, open: template ? [`${template}${head}`, "{"] : [`${head} {`] };
}

export function generatedCodecLines(records: readonly Generated[], inspect: boolean, json: boolean): string[] {
  if (!inspect && !json) return [];
  const protos: string[] = [];
  const defs: string[] = [];
  for (const g of records) {
    const params = g.typeParams ?? [];
    const template = params.length ? `template <${params.map((p) => `class ${p}`).join(", ")}> ` : "";
    const self = params.length ? `${g.name}<${params.join(", ")}>` : g.name;
    const access = (f: Generated["fields"][number]): string => `p->${f.name}`;
    if (inspect) {
      const head = codecHead(template, `inline ts::String tsInspect(ts::detail::Inspect& ctx, ${self}* p)`);
      protos.push(head.proto);
      defs.push(...head.open);
      if (g.tuple) {
        defs.push(`  ts::detail::ObjectInspect o(ctx, p, nullptr, ${g.fields.length}, true);`, "  if (o.done()) return o.result();");
        for (const f of g.fields) defs.push(`  o.element(${access(f)});`);
      } else {
        const optional = g.fields.filter((f) => f.optional).map((f) => ` - ts::detail::isUndefinedValue(${access(f)})`);
        defs.push(`  ts::detail::ObjectInspect o(ctx, p, nullptr, ${g.fields.length}${optional.join("")});`, "  if (o.done()) return o.result();");
        for (const f of g.fields) {
          const key = `TS_STR("${cString(inspectKey(f.key ?? f.name))}")`;
          if (f.optional) defs.push(`  if (!ts::detail::isUndefinedValue(${access(f)})) o.field(${key}, ${access(f)});`);
          else if (f.cpp.kind === "fn") defs.push(`  o.function(${key}, TS_STR("${cString(f.key ?? f.name)}"), ${access(f)});`);
          else defs.push(`  o.field(${key}, ${access(f)});`);
        }
      }
      defs.push("  return o.finish();", "}");
    }
    if (json) {
      const head = codecHead(template, `inline void tsJsonWrite(ts::json::Writer& w, ${self}* p)`);
      protos.push(head.proto);
      defs.push(...head.open, "  bool first = true;");
      if (g.tuple) {
        defs.push("  w.open('[');");
        for (const f of g.fields) defs.push(`  ts::json::element(w, first, ${access(f)});`);
        defs.push("  w.close(first, ']');");
      } else {
        defs.push("  w.open('{');");
        for (const f of g.fields) defs.push(`  ts::json::member(w, first, TS_STR("${cString(f.key ?? f.name)}"), ${access(f)});`);
        defs.push("  w.close(first, '}');");
      }
      defs.push("}");
    }
  }
  return [...protos, ...defs];
}
