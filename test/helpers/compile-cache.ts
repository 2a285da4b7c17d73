// The compiler's result for a test program, cached by content under .tsduino-cache/compiled: the host
// corpus test, the xtensa check and the golden test compile the same corpus programs in three processes.
// The key is everything the result can depend on: the entry and every file in its folder (the corpus's
// lib/ imports, a project's libraries/), the compiled compiler (dist/compiler), the runtime folder (typings, bindings, the C++ the
// sketch copies), the TypeScript version and the options. Only clean results (a sketch, no diagnostics at
// all) are cached; anything else is compiled again, so diagnostics always come from a fresh compile.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";
import { compile, type CompileResult } from "../../compiler/src/index.js";
import { cacheDir, repoRoot } from "./paths.js";

const compiledDir = join(cacheDir, "compiled");
const treeDigests = new Map<string, string>();

/** Digest of every file under `dir` whose name matches, by relative path and content (memoised per process). */
function treeDigest(dir: string, match: RegExp = /./): string {
  const memo = `${dir}\0${match.source}`;
  let digest = treeDigests.get(memo);
  if (digest === undefined) {
    const hash = createHash("sha256");
    if (existsSync(dir)) {
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && match.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      for (const file of files) hash.update(file.slice(dir.length)).update("\0").update(readFileSync(file)).update("\0");
    }
    digest = hash.digest("hex");
    treeDigests.set(memo, digest);
  }
  return digest;
}

/** compile(options), from the cache when the same inputs were compiled before. */
export function compileCached(options: Parameters<typeof compile>[0]): CompileResult {
  if (!existsSync(options.entry)) return compile(options);
  const key = createHash("sha256")
    .update(ts.version).update("\0")
    .update(JSON.stringify(options)).update("\0")
    .update(readFileSync(options.entry)).update("\0")
    .update(treeDigest(dirname(options.entry))).update("\0")
    .update(treeDigest(join(repoRoot, "dist", "compiler"), /\.js$/)).update("\0")
    .update(treeDigest(join(repoRoot, "runtime")))
    .digest("hex").slice(0, 32);
  const file = join(compiledDir, `${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as CompileResult;
  const result = compile(options);
  if (result.sketch && result.diagnostics.length === 0) {
    mkdirSync(compiledDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, file);
  }
  return result;
}
