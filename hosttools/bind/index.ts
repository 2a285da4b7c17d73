// `tsduino bind` as a library function: reads a C++ header, writes libraries/<Module>/ with a starting
// binding (typings, adapter, binding.json, host stand-in). Never overwrites an existing binding.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import { parseHeader } from "./parse-header.js";
import { emitBinding, type BindingFiles } from "./emit-binding.js";

export class BindError extends Error {}

/** The Arduino library a header belongs to: the folder under `libraries/`, or above `src/`. */
export function guessLibraryName(headerPath: string): string | null {
  const parts = dirname(headerPath).split(sep);
  const at = parts.lastIndexOf("libraries");
  if (at >= 0 && parts[at + 1]) return parts[at + 1];
  if (parts[parts.length - 1] === "src" && parts.length >= 2) return parts[parts.length - 2];
  return null;
}

export function bindHeader(headerPath: string, outDir: string, module?: string): BindingFiles & { dir: string } {
  if (!existsSync(headerPath)) throw new BindError(`cannot read '${headerPath}': no such file`);
  if (!/\.(h|hpp|hh)$/.test(headerPath)) throw new BindError(`'${headerPath}' is not a C++ header (.h, .hpp)`);
  const text = readFileSync(headerPath, "utf8");
  const header = parseHeader(text);
  if (header.classes.length + header.functions.length + header.enums.length === 0) {
    throw new BindError(`found no class, function or enum in '${headerPath}'`);
  }
  const name = module ?? basename(headerPath).replace(/\.(h|hpp|hh)$/, "");
  if (!/^[A-Za-z_][\w]*$/.test(name)) throw new BindError(`'${name}' is not usable as a module name: pass --module Name`);
  const binding = emitBinding(header, name, basename(headerPath), guessLibraryName(headerPath));
  const dir = join(outDir, name);
  if (existsSync(join(dir, "binding.json"))) throw new BindError(`${dir} already holds a binding; remove it or pick another --out`);
  for (const f of binding.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return { ...binding, dir };
}
