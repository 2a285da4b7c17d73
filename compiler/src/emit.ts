// The C++ text writer: indentation, and `#line` directives that map generated lines back to the TypeScript
// source (g++ errors and crash addresses then name the .ts file and line). A directive is written only when
// the implied line (the previous directive plus the lines written since) differs from the statement's line,
// so straight-line code stays readable.
import ts from "typescript";
import { spanOf, type Span } from "./ir/nodes.js";

export class CppWriter {
  private readonly out: (string | (() => string[]))[] = [];
  private indentLevel = 0;
  private impliedFile: string | undefined;
  private impliedLine = 0;

  constructor(private readonly displayName: (fileName: string) => string) {}

  indent(): void {
    this.indentLevel++;
  }

  dedent(): void {
    this.indentLevel--;
  }

  /** Writes a line of C++; `source` maps it to the TypeScript node's (or span's) first line. */
  line(text = "", source?: ts.Node | Span): void {
    if (source) this.mapTo(source);
    for (const part of text.split("\n")) {
      this.out.push(part.length ? "  ".repeat(this.indentLevel) + part : "");
      this.impliedLine++;
    }
  }

  /** A line that belongs to no TypeScript line (runtime glue); resets the mapping to the generated file. */
  raw(text: string): void {
    this.out.push(text);
    this.impliedLine++;
  }

  /** Lines known only when the whole unit has been lowered (the library includes), before any #line. */
  deferred(lines: () => string[]): void {
    this.out.push(lines);
  }

  mapTo(source: ts.Node | Span): void {
    const span = "kind" in source ? spanOf(source) : source;
    const line = span.line;
    const file = this.displayName(span.file);
    if (file !== this.impliedFile || line !== this.impliedLine) {
      this.out.push(`#line ${line} "${file}"`);
      this.impliedFile = file;
      this.impliedLine = line;
    }
  }

  /** Forgets the implied line: the next mapped line gets its `#line` (after lines a preprocessor
   *  conditional may skip, whose directives the compiler may not have seen). */
  resetMapping(): void {
    this.impliedFile = undefined;
  }

  append(other: CppWriter): void {
    for (const l of other.out) this.out.push(l);
    this.impliedFile = undefined;
  }

  /** Lines written elsewhere, with their own #line directives. */
  appendLines(lines: readonly string[]): void {
    for (const l of lines) this.out.push(l);
    this.impliedFile = undefined;
  }

  text(): string {
    return this.out.flatMap((l) => (typeof l === "string" ? [l] : l())).join("\n") + "\n";
  }
}
