// The new user's path, from an empty folder: `tsduino new p --board d1_mini && cd p && npm install && npx
// tsduino run src/main.ts`. tsduino is not on the npm registry, so a project made from this checkout depends
// on it with `file:` (and on the checkout's TypeScript); the install runs with --offline, so it fails rather
// than reach the registry, and with --ignore-scripts, so the checkout's `prepare` (tsc) does not rebuild the
// dist/ other tests are running from (the suite has just built it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

test("tsduino new p --board d1_mini && cd p && npm install && npx tsduino run src/main.ts", async () => {
  const empty = mkdtempSync(join(tmpdir(), "tsd-install-"));
  try {
    const created = spawnSync(process.execPath, [join(ROOT, "bin/tsduino.js"), "new", "p", "--board", "d1_mini"], { cwd: empty, encoding: "utf8" });
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /^ {2}cd p && npm install$/m);
    const dir = join(empty, "p");

    const env = { ...process.env, npm_config_update_notifier: "false", npm_config_audit: "false", npm_config_fund: "false" };
    const install = spawnSync("npm", ["install", "--offline", "--ignore-scripts"], { cwd: dir, env, encoding: "utf8", timeout: 120_000 });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    assert.equal(realpathSync(join(dir, "node_modules/tsduino")), realpathSync(ROOT), "tsduino is this checkout");
    assert.ok(lstatSync(join(dir, "node_modules/.bin/tsduino")).isSymbolicLink());
    const lock = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as { packages: Record<string, { resolved?: string }> };
    assert.ok(!JSON.stringify(lock).includes("registry.npmjs.org"), "nothing resolved from the registry");

    // npx finds the project's own tsduino (offline: it must not look anywhere else). The blink sketch runs
    // until stopped; its first lines are enough, then the whole process group ends.
    const child = spawn("npx", ["--offline", "tsduino", "run", "src/main.ts", "--timeout", "3"], { cwd: dir, env, detached: true });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    assert.equal(code, 0, stderr);
    // LED_BUILTIN of the D1 mini is GPIO2; the sketch toggles it each second
    assert.match(stdout, /^blink: LED on pin 2\r?\nLED on\r?\nLED off\r?\n/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
