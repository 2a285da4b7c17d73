// Turns an ESP8266 crash dump in the serial output into something a TypeScript programmer can act on. It watches
// the lines as they stream by: "Exception (N):" (what N means), "epc1=… excvaddr=…", the ">>>stack>>>" …
// "<<<stack<<<" block, and Arduino "Panic file:line" / abort lines; when the dump ends it resolves the faulting
// address and every code address on the stack to function and TypeScript file:line through the ELF.
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isCodeAddress, resolveAddresses, type Location } from "./addr2line.js";

const EXCEPTIONS: Record<number, [string, string]> = {
  0: ["IllegalInstruction", "the CPU met an invalid instruction (corrupted code, or a call through a bad function pointer)"],
  2: ["InstructionFetchError", "code was fetched from an invalid address"],
  3: ["LoadStoreError", "an 8- or 16-bit access to memory that allows only 32-bit access (flash/PROGMEM or IRAM data read directly)"],
  4: ["Level1Interrupt", "an unexpected level-1 interrupt"],
  5: ["Alloca", "a stack window exception (stack overflow or corruption)"],
  6: ["IntegerDivideByZero", "an integer division by zero"],
  8: ["Privileged", "a privileged instruction in user code"],
  9: ["LoadStoreAlignment", "an unaligned 32-bit memory access (a misaligned pointer)"],
  12: ["InstrPIFDataError", "a bus error while fetching code"],
  13: ["LoadStorePIFDataError", "a bus error while reading or writing data"],
  14: ["InstrPIFAddrError", "code fetched from an address no device answers"],
  15: ["LoadStorePIFAddrError", "data accessed at an address no device answers"],
  20: ["InstFetchProhibited", "a jump to an address that holds no code (a call through a null or corrupt function pointer)"],
  24: ["LoadStoreTLBMiss", "a data access outside mapped memory"],
  26: ["LoadStorePrivilege", "a data access to protected memory"],
  28: ["LoadProhibited", "a read from an invalid address"],
  29: ["StoreProhibited", "a write to an invalid address"],
};

export function explainException(cause: number, excvaddr?: number): string {
  const [name, meaning] = EXCEPTIONS[cause] ?? [`cause ${cause}`, "an unknown CPU exception"];
  let text = `Exception ${cause} ${name}: ${meaning}`;
  if ((cause === 28 || cause === 29) && excvaddr !== undefined) {
    text += excvaddr < 0x1000
      ? ` at 0x${hex(excvaddr)}, near 0: a null pointer (using a value that is null/undefined, or a freed object)`
      : ` at 0x${hex(excvaddr)}`;
  }
  return text;
}

const hex = (n: number) => n.toString(16).padStart(8, "0");

export interface DecoderOptions {
  elf?: string;
  /** addr2line program (tests may point elsewhere). */
  addr2line?: string;
  /** Shorten file names relative to this folder. */
  cwd?: string;
}

export class CrashDecoder {
  private cause: number | undefined;
  private regs: Record<string, number> = {};
  private stack: number[] = [];
  private inStack = false;
  private panic: string | undefined;
  private active = false;

  constructor(private readonly options: DecoderOptions = {}) {}

  /** Feeds one line of serial output; returns the explanation lines to show after it (usually none). */
  feed(rawLine: string): string[] {
    const line = rawLine.replace(/\r$/, "");
    const exception = /Exception \((\d+)\):/.exec(line);
    if (exception) {
      this.start();
      this.cause = Number(exception[1]);
      return [];
    }
    const panic = /^(?:User exception \(panic\/abort\/assert\)|Abort called|Panic (.+))/.exec(line);
    if (panic) {
      if (!this.active) this.start();
      this.panic = line.trim();
      return [];
    }
    if (!this.active) {
      if (/>>>stack>>>/.test(line)) {
        this.start();
        this.inStack = true;
      }
      return [];
    }
    if (/epc1=0x[0-9a-f]+/i.test(line)) {
      for (const m of line.matchAll(/(\w+)=0x([0-9a-f]+)/gi)) this.regs[m[1]!] = parseInt(m[2]!, 16);
      return [];
    }
    if (/>>>stack>>>/.test(line)) {
      this.inStack = true;
      return [];
    }
    if (/<<<stack<<</.test(line)) return this.finish();
    if (this.inStack) {
      const words = /^\s*[0-9a-f]{8}:\s+(.*)$/i.exec(line);
      if (words) for (const w of words[1]!.trim().split(/\s+/)) {
        const v = parseInt(w, 16);
        if (/^[0-9a-f]{8}$/i.test(w) && isCodeAddress(v)) this.stack.push(v);
      }
      return [];
    }
    // A boot banner right after an exception without a stack dump ends the dump.
    if (/ets \w+ +\d+ \d+|rst cause:/.test(line)) return this.finish();
    return [];
  }

  private start(): void {
    this.active = true;
    this.cause = undefined;
    this.regs = {};
    this.stack = [];
    this.inStack = false;
    this.panic = undefined;
  }

  private finish(): string[] {
    this.active = false;
    this.inStack = false;
    const out: string[] = [];
    if (this.cause !== undefined) out.push(explainException(this.cause, this.regs["excvaddr"]));
    if (this.panic) out.push(`the program stopped itself: ${this.panic}`);
    const epc = this.regs["epc1"];
    const elf = this.options.elf;
    if (!elf) {
      if (epc !== undefined || this.stack.length) out.push("(give --elf firmware.elf to see the TypeScript lines)");
      return out.map((l) => `  ~ ${l}`);
    }
    // Return addresses point after the call: look up the byte before to get the calling line.
    const lookups = [...(epc !== undefined && isCodeAddress(epc) ? [epc] : []), ...this.stack.map((a) => a - 1)];
    let found: Map<number, Location>;
    try {
      found = resolveAddresses(elf, [...new Set(lookups)], this.options.addr2line);
    } catch (e) {
      out.push(`(cannot resolve addresses: ${(e as Error).message})`);
      return out.map((l) => `  ~ ${l}`);
    }
    const where = (loc: Location) => `${loc.func} at ${this.shortFile(loc.file)}:${loc.line}`;
    if (epc !== undefined) {
      const loc = found.get(epc);
      out.push(`crashed in ${loc ? where(loc) : `0x${hex(epc)} (not in the firmware's code)`}`);
    }
    const seen = new Set<string>();
    for (const a of this.stack) {
      const loc = found.get(a - 1);
      if (!loc) continue;
      const text = where(loc);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(`  called from ${text}  (0x${hex(a)})`);
    }
    return out.map((l) => `  ~ ${l}`);
  }

  /**
   * addr2line joins the `#line` file name to the build folder (the sketch folder, not where the .ts lives): when
   * that path does not exist, use the longest tail of it that names a file under the working folder.
   */
  private shortFile(file: string): string {
    const cwd = this.options.cwd ?? process.cwd();
    if (!existsSync(file)) {
      const parts = file.split(sep).filter(Boolean);
      for (let i = 0; i < parts.length; i++) {
        const tail = parts.slice(i).join(sep);
        if (existsSync(join(cwd, tail))) return tail;
      }
      return parts[parts.length - 1] ?? file;
    }
    const rel = relative(cwd, file);
    return rel.startsWith("..") ? file : rel;
  }
}
