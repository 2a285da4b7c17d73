// `tsduino new <folder> [--board id] [--template blink|secure-websocket]`: creates a ready project from
// templates/common plus the chosen template: package.json depending on tsduino, tsconfig.json wired to the
// runtime typings, tsduino.json, .gitignore, src/main.ts, and tsduino-board.d.ts declaring the board's pins.
// tsduino is not on the npm registry: a project made from a checkout depends on that checkout (`file:`), and
// on the checkout's own TypeScript, so `npm install` needs nothing from the registry; a tsduino installed
// from a registry or tarball writes `^version` instead.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { CommandModule } from "yargs";
import { getBoard, type Board } from "../../boards/index.js";
import { UserError } from "../user-error.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TEMPLATES_DIR = join(ROOT, "templates");
export const TEMPLATES = ["blink", "secure-websocket"] as const;
export type TemplateName = (typeof TEMPLATES)[number];

interface NewArgs { folder: string; board: string; template: string }

export const newCommand: CommandModule<object, NewArgs> = {
  command: "new <folder>",
  describe: "Create a new tsduino project",
  builder: (y) => y
    .positional("folder", { type: "string", demandOption: true, describe: "folder to create; its name is the project name" })
    .option("board", { type: "string", default: "nodemcuv2", describe: "board id (see 'tsduino boards')" })
    .option("template", { type: "string", default: "blink", choices: TEMPLATES, describe: "starting sketch" }),
  handler: (args) => {
    const dir = createProject(args.folder, { board: args.board, template: args.template as TemplateName });
    const shown = relative(process.cwd(), dir) || ".";
    console.log(`Created ${shown} (${args.template} for ${getBoard(args.board).name}). Next:`);
    console.log(`  cd ${shown} && npm install`);
    console.log(`  npx tsduino run src/main.ts --timeout 5    # on this PC`);
    console.log(`  npx tsduino build src/main.ts              # firmware for ${args.board} (board, port, bauds: tsduino.json)`);
  },
};

export interface NewProjectOptions {
  board?: string;
  template?: TemplateName;
  /** package.json specs of tsduino and typescript (default: dependencySpecs()). */
  dependencies?: { tsduino: string; typescript: string };
}

/**
 * What a new project depends on. Run from a checkout (not inside a node_modules folder): `file:` links to the
 * checkout and to the TypeScript it uses. Installed as a package: `^version` and its TypeScript version.
 */
export function dependencySpecs(root = ROOT): { tsduino: string; typescript: string } {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string> };
  const installed = resolve(root).split(/[\\/]/).includes("node_modules");
  if (installed) return { tsduino: `^${pkg.version}`, typescript: pkg.dependencies.typescript ?? "^5" };
  const typescriptDir = dirname(createRequire(join(root, "package.json")).resolve("typescript/package.json"));
  return { tsduino: `file:${resolve(root)}`, typescript: `file:${typescriptDir}` };
}

/** Writes the project into `folder` (created; must not exist or be empty). Returns its absolute path. */
export function createProject(folder: string, options: NewProjectOptions = {}): string {
  const board = getBoard(options.board ?? "nodemcuv2");
  const template = options.template ?? "blink";
  if (!TEMPLATES.includes(template)) throw new UserError(`unknown template '${template}'; use one of: ${TEMPLATES.join(", ")}`);
  const dir = resolve(folder);
  const name = basename(dir);
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new UserError(`${folder} already exists and is not an empty folder; choose another name`);
  }
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) {
    throw new UserError(`'${name}' cannot be a project name: use lower-case letters, digits, '-', '_' and '.' (it becomes the npm package name)`);
  }
  const specs = options.dependencies ?? dependencySpecs();
  const vars: Record<string, string> = {
    name, board: board.id, boardName: board.name, tsduinoSpec: specs.tsduino, typescriptSpec: specs.typescript,
  };
  copyTemplate(join(TEMPLATES_DIR, "common"), dir, vars);
  copyTemplate(join(TEMPLATES_DIR, template), dir, vars);
  writeFileSync(join(dir, "tsduino-board.d.ts"), boardTypings(board));
  return dir;
}

/** Editor typings for the board's pin names (the compiler declares the same names for the selected board). */
export function boardTypings(board: Board): string {
  return [
    `// Pin names printed on ${board.name} ('${board.id}'), for your editor. Written by 'tsduino new';`,
    `// the compiler declares the pins of the board you build for, so regenerate this if you change boards.`,
    ...Object.entries(board.pins).map(([name, gpio]) => `/** GPIO${gpio} */\ndeclare const ${name}: number;`),
    ``,
  ].join("\n");
}

/**
 * Rewrites <projectDir>/tsduino-board.d.ts for `board` when it exists, was written by tsduino and declares
 * another board, so the editor's pin names follow tsduino.json / --board. Returns true when it rewrote it.
 */
export function refreshBoardTypings(projectDir: string, board: Board): boolean {
  const file = join(projectDir, "tsduino-board.d.ts");
  if (!existsSync(file)) return false;
  const current = readFileSync(file, "utf8");
  const wanted = boardTypings(board);
  if (current === wanted || !current.includes("Written by 'tsduino new'")) return false;
  writeFileSync(file, wanted);
  return true;
}

function copyTemplate(from: string, to: string, vars: Record<string, string>): void {
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const target = join(to, entry === "gitignore" ? ".gitignore" : entry);
    if (statSync(source).isDirectory()) {
      copyTemplate(source, target, vars);
      continue;
    }
    const text = readFileSync(source, "utf8").replace(/\{\{(\w+)\}\}/g, (whole, key: string) => vars[key] ?? whole);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
