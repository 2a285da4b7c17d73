// The PlatformIO builder: runs `pio run` on the generated project (platformio.ini sits in the sketch folder)
// and returns the firmware .bin/.elf under .pio/build/<env>/ plus the flash/RAM use PlatformIO printed.
// PlatformIO installs the espressif8266 platform and lib_deps itself on first use.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../shared/user-error.js";
import { compilerDiagnostics, type BuilderInput, type BuilderOutput } from "./arduino-cli.js";
import { findOnPath, runTool } from "./run-tool.js";
import { parsePioSizes } from "./sizes.js";

export const PIO_INSTALL = "python3 -m pip install --user -U platformio   (or: pipx install platformio)";

/** `pio` or its long name `platformio`, whichever is on the PATH. */
export function findPio(): string | undefined {
  return findOnPath("pio") ?? findOnPath("platformio");
}

export async function buildWithPio(input: BuilderInput): Promise<BuilderOutput> {
  const pio = findPio();
  if (!pio) {
    throw new UserError(`PlatformIO ('pio') is not on the PATH. Install it with:\n  ${PIO_INSTALL}\n` +
      `(or build with --builder arduino-cli). The sketch was written to ${input.sketchDir}`);
  }
  const env = input.board.id;
  const result = await runTool(pio, ["run", "--project-dir", input.sketchDir, "--environment", env], { onLine: input.onLine });
  if (result.code !== 0) {
    const out = result.output;
    const platform = /(Could not find|Unknown) (the package|development platform)[^\n]*espressif8266[^\n]*/i.exec(out);
    if (platform) {
      throw new UserError(`PlatformIO could not install the espressif8266 platform (${platform[0].trim()}); ` +
        `install it with: pio pkg install --global --platform espressif8266\nThe sketch was written to ${input.sketchDir}`);
    }
    const lib = /Library Manager: Installing ([^\n]+)\n[^\n]*(Could not find|Error)[^\n]*/i.exec(out)
      ?? /Could not find the package with '([^']+)' requirements/.exec(out);
    if (lib) {
      throw new UserError(`PlatformIO could not install the library ${lib[1].trim()}; install it with: pio pkg install --library "${lib[1].trim()}"\n` +
        `The sketch was written to ${input.sketchDir}`);
    }
    const diagnostics = compilerDiagnostics(out, input.sourceDir);
    if (diagnostics.length) throw new UserError(`the ESP8266 build failed:\n${diagnostics.join("\n")}`);
    throw new UserError(`pio run failed (exit ${result.code}):\n${out.trimEnd().split("\n").slice(-25).join("\n")}`);
  }
  const sizes = parsePioSizes(result.output);
  if (!sizes) throw new UserError(`pio run succeeded but printed no RAM/Flash report; its output was:\n${result.output.trimEnd().split("\n").slice(-25).join("\n")}`);
  const buildDir = join(input.sketchDir, ".pio", "build", env);
  const bin = join(buildDir, "firmware.bin");
  const elf = join(buildDir, "firmware.elf");
  for (const file of [bin, elf]) if (!existsSync(file)) throw new UserError(`pio run did not write ${file}`);
  return { bin, elf, sizes, log: result.output };
}
