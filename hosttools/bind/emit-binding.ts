// Writes a starting binding for a parsed header: <Module>.d.ts (the library's names, overloads as TS
// overloads, default arguments as optional parameters, enums and numeric #defines as constants, callbacks
// as function types), tsduino_<Module>.h (an adapter class per class: one C++ overload per arity, numbers
// cast to the library's types, strings as c_str(), Uint8Array as pointer + length, callbacks kept as ts::Fn
// behind a static trampoline for C function pointers or a lambda for std::function) and binding.json.
// What it cannot infer is listed as TODO at the top of the adapter and left out of the typings.
import type { CppClass, CppFunction, CppHeader, CppParam } from "./parse-header.js";
import { fromLibrary, mapParams, mapType, toLibrary, type Mapped } from "./cpp-types.js";

export interface BindingFiles {
  module: string;
  files: { path: string; content: string }[];
  todo: string[];
  bound: { classes: number; methods: number; constants: number };
}

interface Variant {
  ts: string; // "name(a: number, b?: string): void"
  key: string; // TS parameter types, for overload deduplication
  cpp: string; // adapter member(s)
}

const TS_RESERVED = new Set(["function", "default", "new", "delete", "in", "var", "let", "class", "enum", "export", "import", "this", "void", "with", "yield", "package", "interface", "static", "public", "private"]);

function paramName(p: CppParam, m: Mapped, i: number): string {
  let name = p.name ?? (m.kind === "callback" ? "callback" : m.kind === "string" ? "text" : m.kind === "bytes" ? "data" : `arg${i + 1}`);
  if (TS_RESERVED.has(name)) name += "_";
  return name.replace(/^_+/, "") || `arg${i + 1}`;
}

/** Every arity a function can be called with (default arguments), each as a TS signature and adapter member. */
function variants(fn: CppFunction, header: CppHeader, target: string, todo: string[], owner: string): { variants: Variant[]; optionalForm?: string } {
  const params = mapParams(fn.params, header);
  const ret = mapType(fn.returnType, header);
  const where = `${owner}${fn.name}(${fn.params.map((p) => p.type).join(", ")})`;
  const bad = [...params.map((p) => p.mapped), ret].find((m) => m.kind === "unsupported");
  if (bad || ret.kind === "bytes" || ret.kind === "callback") {
    todo.push(`${where}: ${bad?.why ?? `returns ${ret.cpp}`} (left out)`);
    return { variants: [] };
  }
  let required = params.length;
  while (required > 0 && params[required - 1].param.defaultValue !== undefined) required--;
  const out: Variant[] = [];
  const names = params.map((p, i) => paramName(p.param, p.mapped, i));
  for (let n = required; n <= params.length; n++) {
    const used = params.slice(0, n);
    const tsParams = used.map((p, i) => `${names[i]}: ${p.mapped.ts}`).join(", ");
    out.push({
      ts: `${fn.name}(${tsParams}): ${ret.ts};`,
      key: `${fn.name}(${used.map((p) => p.mapped.ts).join(",")})`,
      cpp: adapterMember(fn, used, names, ret, header, target),
    });
  }
  const optionalForm = params.length > required
    ? `${fn.name}(${params.map((p, i) => `${names[i]}${i >= required ? "?" : ""}: ${p.mapped.ts}`).join(", ")}): ${ret.ts};`
    : undefined;
  return { variants: out, optionalForm };
}

function adapterMember(fn: CppFunction, used: { param: CppParam; mapped: Mapped }[], names: string[], ret: Mapped, header: CppHeader, target: string): string {
  const decl = used.map((p, i) => `${p.mapped.runtime} ${names[i]}`).join(", ");
  const pre: string[] = [];
  const args = used.map((p, i) => {
    const m = p.mapped;
    if (m.kind !== "callback") return toLibrary(m, names[i], header);
    const cb = m.callback!;
    const lambdaParams = cb.args.map((a, j) => `${a.cpp} a${j + 1}`).join(", ");
    const call = `f(${cb.args.map((a, j) => (a.kind === "string" ? `tsd_bind_text(a${j + 1})` : a.kind === "number" ? `(double)a${j + 1}` : `a${j + 1}`)).join(", ")})`;
    const body = cb.ret.kind === "void" ? `${call};` : `return ${toLibrary(cb.ret, call, header)};`;
    if (cb.style === "std::function") return `[${names[i]}](${lambdaParams}) { auto f = ${names[i]}; ${body} }`;
    // A C function pointer carries no context: keep the callback in a static slot (one per method) and pass a
    // trampoline. Fine for a library used through one object; several objects share the slot.
    const slot = `${fn.name}Slot_${used.length}`;
    pre.push(`${slot}() = ${names[i]};`);
    return `[](${lambdaParams}) { auto f = ${slot}(); ${body} }`;
  });
  const call = `${target}${fn.name}(${args.join(", ")})`;  // static members are called through the object too
  const result = ret.kind === "void" ? `${call};` : `return ${fromLibrary(ret, call)};`;
  const slots = used
    .map((p, i) => (p.mapped.kind === "callback" && p.mapped.callback!.style === "pointer" ? `  static ${p.mapped.runtime.replace(/^const (.*)&$/, "$1")}& ${fn.name}Slot_${used.length}() { static ${p.mapped.runtime.replace(/^const (.*)&$/, "$1")} slot; return slot; }\n` : ""))
    .join("");
  const retType = ret.kind === "string" ? "ts::String" : ret.runtime;  // returned by value, never a reference
  const lines = [`${slots}  ${retType} ${fn.name}(${decl}) { ${[...pre, result].join(" ")} }`];
  // Named TS functions arrive as plain function pointers: wrap them in a ts::Fn.
  used.forEach((p, i) => {
    if (p.mapped.kind !== "callback") return;
    const fnType = p.mapped.runtime.replace(/^const (.*)&$/, "$1");
    const sig = /^ts::Fn<(.*)\((.*)\)>$/.exec(fnType)!;
    const ptrDecl = used.map((q, j) => (j === i ? `${sig[1]} (*${names[j]})(${sig[2]})` : `${q.mapped.runtime} ${names[j]}`)).join(", ");
    const fwd = used.map((_, j) => (j === i ? `${fnType}(${names[j]})` : names[j])).join(", ");
    lines.push(`  ${retType} ${fn.name}(${ptrDecl}) { ${ret.kind === "void" ? "" : "return "}${fn.name}(${fwd}); }`);
  });
  return lines.join("\n");
}

function dedupe(all: { variants: Variant[]; optionalForm?: string }[]): { ts: string[]; cpp: string[] } {
  const seen = new Set<string>();
  const ts: string[] = [];
  const cpp: string[] = [];
  for (const group of all) {
    const fresh = group.variants.filter((v) => !seen.has(v.key));
    fresh.forEach((v) => seen.add(v.key));
    if (fresh.length === 0) continue;
    if (group.optionalForm && fresh.length === group.variants.length) ts.push(group.optionalForm);
    else ts.push(...fresh.map((v) => v.ts));
    cpp.push(...fresh.map((v) => v.cpp));
  }
  return { ts, cpp };
}

function classBinding(cls: CppClass, header: CppHeader, instance: string | undefined, todo: string[]) {
  const target = instance ? `${instance}.` : "lib_.";
  const methods = cls.methods.filter((m) => m.name !== cls.name);
  if (!instance) {
    for (const m of methods) {
      if (mapParams(m.params, header).some((p) => p.mapped.callback?.style === "pointer")) {
        todo.push(`${cls.name}::${m.name}: a C function pointer carries no context, so all ${cls.name} objects share one callback slot; give each object its own slot if a sketch uses several`);
      }
    }
  }
  const groups = methods.map((m) => variants(m, header, target, todo, `${cls.name}::`));
  const { ts, cpp } = dedupe(groups);
  const ctorLines: string[] = [];
  const ctorCpp: string[] = [];
  if (!instance) {
    const seen = new Set<string>();
    for (const params of cls.constructors.length ? cls.constructors : [[]]) {
      const mapped = mapParams(params, header);
      const bad = mapped.find((p) => p.mapped.kind === "unsupported" || p.mapped.kind === "callback");
      if (bad) {
        todo.push(`${cls.name}(${params.map((p) => p.type).join(", ")}): ${bad.mapped.why ?? "callback in a constructor"} (left out)`);
        continue;
      }
      let required = mapped.length;
      while (required > 0 && mapped[required - 1].param.defaultValue !== undefined) required--;
      const names = mapped.map((p, i) => paramName(p.param, p.mapped, i));
      for (let n = required; n <= mapped.length; n++) {
        const used = mapped.slice(0, n);
        const key = used.map((p) => p.mapped.ts).join(",");
        if (seen.has(key)) continue;
        seen.add(key);
        ctorLines.push(`constructor(${used.map((p, i) => `${names[i]}: ${p.mapped.ts}`).join(", ")});`);
        // Module-level objects are constructed from literals: strings arrive as C strings or ts::String.
        const decl = used.map((p, i) => `${p.mapped.kind === "string" ? "tsd_bind_str" : p.mapped.runtime} ${names[i]}`).join(", ");
        const args = used.map((p, i) => (p.mapped.kind === "string" ? `${p.mapped.cpp === "String" ? `String(${names[i]}.text)` : `${names[i]}.text`}` : toLibrary(p.mapped, names[i], header))).join(", ");
        ctorCpp.push(`  ${n === 1 ? "explicit " : ""}${cls.name}TS(${decl})${n ? ` : lib_(${args})` : ""} {}`);
      }
    }
  }
  for (const base of cls.bases) todo.push(`${cls.name} derives from ${base}: its members (${base === "Stream" || base === "Print" ? "print, println, readString, ..." : "..."}) are not bound; add the ones the sketch needs`);
  return { ts, cpp, ctorLines, ctorCpp, count: ts.length };
}

export function emitBinding(header: CppHeader, module: string, headerFile: string, arduinoLibrary: string | null): BindingFiles {
  const todo = [...header.skipped.map((s) => `${s}: not read (left out)`)];
  const dts: string[] = [];
  const names: Record<string, string> = {};
  const adapter: string[] = [];
  let constants = 0;
  let methods = 0;

  for (const d of header.defines) {
    dts.push(`  export const ${d.name}: number;`);
    constants++;
  }
  for (const e of header.enums) {
    if (e.name) dts.push(`  export type ${e.name} = number;`);
    for (const m of e.members) {
      dts.push(`  export const ${m}: ${e.name ?? "number"};`);
      // An enum class member is no number in C++: the sketch sees its value.
      if (e.scoped && e.name) names[m] = `static_cast<int>(${e.name}::${m})`;
      constants++;
    }
  }
  for (const cls of header.classes) {
    const instances = header.instances.filter((i) => i.type === cls.name);
    const instance = instances[0]?.name;
    const b = classBinding(cls, header, instance, todo);
    methods += b.count;
    names[cls.name] = `${cls.name}TS`;
    if (instance) {
      dts.push(`  export interface ${cls.name} {`, ...b.ts.map((l) => `    ${l}`), "  }");
      for (const i of instances) {
        dts.push(`  export const ${i.name}: ${cls.name};`);
        names[i.name] = `${i.name}TS`;
      }
      adapter.push(`class ${cls.name}TS {`, " public:", ...b.cpp, "};", "", ...instances.map((i) => `inline ${cls.name}TS ${i.name}TS;  // forwards to ${i.name}`), "");
    } else {
      dts.push(`  export class ${cls.name} {`, `    private readonly __${cls.name}: never;`, ...b.ctorLines.map((l) => `    ${l}`), ...b.ts.map((l) => `    ${l}`), "  }");
      adapter.push(`class ${cls.name}TS {`, " public:", ...b.ctorCpp, ...b.cpp, "", " private:", `  ${cls.name} lib_;`, "};", "");
    }
  }
  const free = dedupe(header.functions.map((f) => variants(f, header, "::", todo, "")));
  if (free.ts.length) {
    dts.push(...free.ts.map((l) => `  export function ${l}`));
    // Free functions become static members of one struct: the generated call reads `<Module>Functions::f(...)`.
    for (const f of new Set(header.functions.map((f) => f.name))) names[f] = `${module}Functions::${f}`;
    adapter.push(`struct ${module}Functions {`, ...free.cpp.map((l) => l.replace(/^ {2}(?!static )/gm, "  static ")), "};", "");
    methods += free.ts.length;
  }

  const guard = `#if defined(ESP8266)\n#include <${headerFile}>\n#else\n#include "host/host_${module}.h"\n#endif`;
  const adapterText = [
    `// Adapter for ${headerFile}, written by \`tsduino bind\`: takes runtime values (double, ts::String,`,
    "// ts::Uint8Array, ts::Fn) and forwards to the library. Review it, then resolve the TODO list:",
    ...(todo.length ? todo.map((t) => `// TODO: ${t}`) : ["// (nothing left to do)"]),
    "#pragma once",
    "",
    guard,
    "",
    "#ifndef TSD_BIND_TEXT_DEFINED",
    "#define TSD_BIND_TEXT_DEFINED",
    "inline ts::String tsd_bind_text(const char* text) { return ts::String::fromUtf8(text ? text : \"\"); }",
    "// A constructor's string argument: a literal, or a ts::String alive for the constructor call.",
    "struct tsd_bind_str {",
    "  const char* text;",
    "  tsd_bind_str(const char* s) : text(s) {}",
    "  tsd_bind_str(const ts::String& s) : text(s.c_str()) {}",
    "};",
    "#endif",
    "",
    ...adapter,
  ].join("\n");

  const dtsText = [
    `// TypeScript view of ${headerFile}, written by \`tsduino bind\`. Names, parameter order and overloads are the`,
    "// library's own; check the parts the TODO list in the adapter mentions.",
    `declare module "${module}" {`,
    ...dts,
    "}",
    "",
  ].join("\n");

  const hostHeader = [
    `// Host stand-in for ${headerFile} (tsduino run): the library's own header works when the library only uses`,
    "// the Arduino core; otherwise write a host implementation here and list its .cpp in binding.json's hostSources.",
    "#pragma once",
    `#include "${headerFile}"  // TODO: the library's header on the host include path, or a host implementation`,
    "",
  ].join("\n");

  const binding = {
    module,
    typings: `${module}.d.ts`,
    include: `tsduino_${module}.h`,
    arduinoLibrary,
    pioLibrary: null,
    hostSources: [],
    hostFlags: [],
    names,
  };
  return {
    module,
    todo,
    bound: { classes: header.classes.length, methods, constants },
    files: [
      { path: "binding.json", content: JSON.stringify(binding, null, 2) + "\n" },
      { path: `${module}.d.ts`, content: dtsText },
      { path: `tsduino_${module}.h`, content: adapterText + "\n" },
      { path: `host/host_${module}.h`, content: hostHeader },
    ],
  };
}
