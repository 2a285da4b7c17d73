// How a C++ parameter or return type of a library travels between TypeScript and the library: its TS type,
// the runtime type the adapter takes (what the compiler passes), and the C++ that converts it.
import type { CppHeader, CppParam } from "./parse-header.js";

export type Kind = "void" | "bool" | "number" | "string" | "bytes" | "callback" | "unsupported";

export interface Mapped {
  kind: Kind;
  ts: string;
  /** The adapter's parameter type (runtime type). */
  runtime: string;
  /** The C++ type as the library spells it (for casts). */
  cpp: string;
  /** callback: the C++ signature pieces. */
  callback?: { ret: Mapped; args: Mapped[]; style: "pointer" | "std::function" };
  /** bytes: the integer type of the size parameter that follows. */
  sizeType?: string;
  why?: string;
}

const INTEGERS = new Set([
  "int", "unsigned", "unsigned int", "signed", "long", "unsigned long", "long long", "unsigned long long", "short", "unsigned short",
  "char", "unsigned char", "signed char", "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "int64_t", "uint64_t",
  "size_t", "ssize_t", "byte", "word", "uint8", "uint16", "uint32", "sint8", "sint16", "sint32", "long int", "unsigned long int", "time_t",
]);
const FLOATS = new Set(["float", "double"]);

function strip(type: string): string {
  return type.replace(/^const /, "").replace(/ const$/, "").trim();
}

export function isUnsigned(cpp: string): boolean {
  return /^(unsigned|uint|size_t|byte|word)/.test(strip(cpp));
}

export function isInteger(cpp: string, header: CppHeader): boolean {
  const t = strip(cpp);
  return INTEGERS.has(t) || header.enums.some((e) => e.name === t) || (header.typedefs.has(t) && isInteger(header.typedefs.get(t)!, header));
}

export function mapType(type: string, header: CppHeader, depth = 0): Mapped {
  const t = type.trim();
  const base = strip(t.replace(/&$/, "").trim());
  const byValueOrConstRef = !t.endsWith("&") || t.startsWith("const ");
  if (t === "void") return { kind: "void", ts: "void", runtime: "void", cpp: t };
  if ((base === "bool" || base === "boolean") && byValueOrConstRef) return { kind: "bool", ts: "boolean", runtime: "bool", cpp: base };
  if ((INTEGERS.has(base) || FLOATS.has(base)) && byValueOrConstRef) return { kind: "number", ts: "number", runtime: "double", cpp: base };
  const enumDecl = header.enums.find((e) => e.name === base);
  if (enumDecl && byValueOrConstRef) return { kind: "number", ts: base, runtime: "double", cpp: base };
  if (/^(const )?char ?\*( const)?$/.test(t) || t === "const __FlashStringHelper*" || t === "const char*const") return { kind: "string", ts: "string", runtime: "const ts::String&", cpp: "const char*" };
  if ((base === "String" && byValueOrConstRef)) return { kind: "string", ts: "string", runtime: "const ts::String&", cpp: "String" };
  if (/^(const )?(uint8_t|byte|unsigned char|uint8) ?\*$/.test(t)) return { kind: "bytes", ts: "Uint8Array", runtime: "const ts::Uint8Array&", cpp: t };
  const fp = /^(.*)\(\*\)\((.*)\)$/.exec(t.replace(/\s+/g, " "));
  const fn = /^std::function<(.*?)\((.*)\)>$/.exec(base);
  const typedef = header.typedefs.get(base);
  if (typedef && depth < 4) return mapType(typedef, header, depth + 1);
  if ((fp || fn) && depth < 4) {
    const [, ret, args] = (fp ?? fn)!;
    const retMapped = mapType(ret.trim(), header, depth + 1);
    const argTypes = args.trim() === "" || args.trim() === "void" ? [] : splitArgs(args);
    const argMapped = argTypes.map((a) => mapType(dropName(a), header, depth + 1));
    const bad = [retMapped, ...argMapped].find((m) => m.kind === "unsupported" || m.kind === "callback" || m.kind === "bytes");
    if (bad) return unsupported(t, `callback with ${bad.cpp}`);
    const tsArgs = argMapped.map((m, i) => `arg${i + 1}: ${m.ts}`).join(", ");
    const runtimeSig = `${retMapped.runtime}(${argMapped.map((m) => m.runtime.replace(/^const (.*)&$/, "$1")).join(", ")})`;
    return {
      kind: "callback",
      ts: `(${tsArgs}) => ${retMapped.ts}`,
      runtime: `const ts::Fn<${runtimeSig}>&`,
      cpp: t,
      callback: { ret: retMapped, args: argMapped.map((m, i) => ({ ...m, cpp: dropName(argTypes[i]) })), style: fp ? "pointer" : "std::function" },
    };
  }
  return unsupported(t, t.endsWith("&") && !t.startsWith("const ") ? "an out-parameter (non-const reference)" : `the C++ type ${t}`);
}

const TYPE_WORDS = new Set(["int", "char", "long", "short", "unsigned", "signed", "bool", "float", "double", "void", "const"]);

/** "int numBytes" → "int"; "unsigned long" stays. */
function dropName(arg: string): string {
  const a = arg.trim();
  const m = /^(.*[\s*&])([A-Za-z_]\w*)$/.exec(a);
  if (!m || TYPE_WORDS.has(m[2]) || !m[1].trim()) return a;
  const rest = m[1].trim();
  return /^(const|unsigned|signed)$/.test(rest) ? a : rest;
}

function unsupported(cpp: string, why: string): Mapped {
  return { kind: "unsupported", ts: "never", runtime: "void", cpp, why };
}

function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = "";
  for (const c of args) {
    if (c === "(" || c === "<") depth++;
    if (c === ")" || c === ">") depth--;
    if (c === "," && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

/** A parameter list with `uint8_t* data, size_t len` pairs folded into one Uint8Array parameter. */
export function mapParams(params: CppParam[], header: CppHeader): { param: CppParam; mapped: Mapped }[] {
  const out: { param: CppParam; mapped: Mapped }[] = [];
  for (let i = 0; i < params.length; i++) {
    const mapped = mapType(params[i].type, header);
    if (mapped.kind === "bytes") {
      const size = params[i + 1];
      if (size && isInteger(size.type, header)) {
        out.push({ param: params[i], mapped: { ...mapped, sizeType: strip(size.type) } });
        i++;
        continue;
      }
      out.push({ param: params[i], mapped: unsupported(params[i].type, "a byte pointer without a length parameter after it") });
      continue;
    }
    out.push({ param: params[i], mapped });
  }
  return out;
}

/** C++ that turns the adapter's runtime value `v` into the library's parameter type. */
export function toLibrary(m: Mapped, v: string, header: CppHeader): string {
  switch (m.kind) {
    case "bool":
      return v;
    case "number":
      if (FLOATS.has(m.cpp)) return `(${m.cpp})${v}`;
      return `(${m.cpp})ts::${isUnsigned(m.cpp) && !header.enums.some((e) => e.name === m.cpp) ? "toUint32" : "toInt32"}(${v})`;
    case "string":
      return m.cpp === "String" ? `String(${v}.c_str())` : `${v}.c_str()`;
    case "bytes":
      return `(${m.cpp.replace(/^const /, "const ")})${v}.data(), (${m.sizeType ?? "size_t"})${v}.size()`;
    default:
      return v;
  }
}

/** C++ that turns the library's result `r` into the runtime value the TS signature promises. */
export function fromLibrary(m: Mapped, r: string): string {
  switch (m.kind) {
    case "number":
      return `(double)(${r})`;
    case "bool":
      return `(bool)(${r})`;
    case "string":
      return m.cpp === "String" ? `ts::String::fromUtf8((${r}).c_str())` : `tsd_bind_text(${r})`;
    default:
      return r;
  }
}
