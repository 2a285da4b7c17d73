// A small C++ declaration reader for Arduino library headers: enough of the language to find what a
// TypeScript binding needs, without a C++ front end. It reads numeric #defines, enums (plain, `enum class`,
// `typedef enum {...} Name`), function-pointer typedefs, classes and structs (public members: constructors,
// methods with overloads and default arguments, their `static`/`const`), `extern Class instance;` globals
// and free functions. Bodies, templates, operators, destructors and private members are skipped; whatever
// it cannot read becomes a `skipped` note for the human who finishes the binding.

export interface CppParam {
  type: string; // normalised C++ type, e.g. "const char*", "uint8_t", "void(*)(int)"
  name?: string;
  defaultValue?: string;
}

export interface CppFunction {
  name: string;
  returnType: string;
  params: CppParam[];
  isStatic: boolean;
}

export interface CppClass {
  name: string;
  bases: string[];
  constructors: CppParam[][];
  methods: CppFunction[];
}

export interface CppEnum {
  name?: string;
  scoped: boolean;
  members: string[];
}

export interface CppHeader {
  defines: { name: string; value: string }[];
  enums: CppEnum[];
  /** typedef name → function-pointer type "R(*)(A...)" or another type. */
  typedefs: Map<string, string>;
  classes: CppClass[];
  /** `extern T name;`: the library's global instances (Wire, Serial1, ...). */
  instances: { type: string; name: string }[];
  functions: CppFunction[];
  skipped: string[];
}

type Token = { kind: "id" | "num" | "str" | "punct"; text: string };

const PUNCT = ["::", "->", "&&", "||", "<<", ">>", "...", "(", ")", "{", "}", "[", "]", "<", ">", ";", ",", "*", "&", "=", ":", "~", "!", "+", "-", "/", "%", "^", "|", "?", ".", "#"];

/** Comments removed, line continuations joined; preprocessor lines split off. */
function preprocess(text: string): { code: string; defines: { name: string; value: string }[] } {
  const noComments = text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, "").replace(/\\\r?\n/g, " ");
  const defines: { name: string; value: string }[] = [];
  const lines: string[] = [];
  for (const line of noComments.split(/\r?\n/)) {
    const m = /^\s*#\s*define\s+([A-Za-z_]\w*)\s+(.+?)\s*$/.exec(line);
    if (m && /^\(?-?(0x[0-9a-fA-F]+|\d+(\.\d+)?)[uUlLfF]*\)?$/.test(m[2])) defines.push({ name: m[1], value: m[2] });
    lines.push(/^\s*#/.test(line) ? "" : line);
  }
  return { code: lines.join("\n"), defines };
}

function tokenize(code: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (/\s/.test(c)) { i++; continue; }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_]\w*/.exec(code.slice(i))!;
      tokens.push({ kind: "id", text: m[0] });
      i += m[0].length;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F]+|[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)[uUlLfF]*/.exec(code.slice(i))!;
      tokens.push({ kind: "num", text: m[0] });
      i += m[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === "\\" ? 2 : 1;
      tokens.push({ kind: "str", text: code.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const p = PUNCT.find((q) => code.startsWith(q, i)) ?? c;
    tokens.push({ kind: "punct", text: p });
    i += p.length;
  }
  return tokens;
}

const QUALIFIERS = new Set(["virtual", "inline", "explicit", "constexpr", "extern", "static", "friend", "ICACHE_RAM_ATTR", "IRAM_ATTR"]);

class Reader {
  pos = 0;
  constructor(readonly tokens: Token[]) {}
  peek(offset = 0): Token | undefined { return this.tokens[this.pos + offset]; }
  is(text: string, offset = 0): boolean { return this.peek(offset)?.text === text; }
  next(): Token { return this.tokens[this.pos++]; }
  done(): boolean { return this.pos >= this.tokens.length; }
  expect(text: string): boolean {
    if (this.is(text)) { this.pos++; return true; }
    return false;
  }
  /** Skips a balanced group starting at the current opening bracket. */
  skipGroup(): void {
    const open = this.next().text;
    const close = open === "{" ? "}" : open === "(" ? ")" : open === "[" ? "]" : ">";
    let depth = 1;
    while (!this.done() && depth > 0) {
      const t = this.next().text;
      if (t === open) depth++;
      else if (t === close) depth--;
    }
  }
  /** Tokens up to (not including) the next `;` or `{...}` at depth 0, consuming the terminator. */
  statement(): Token[] {
    const out: Token[] = [];
    while (!this.done()) {
      const t = this.peek()!;
      if (t.text === ";") { this.pos++; break; }
      if (t.text === "{") { this.skipGroup(); this.expect(";"); break; }
      if (t.text === "(" || t.text === "[") {
        const start = this.pos;
        this.skipGroup();
        out.push(...this.tokens.slice(start, this.pos));
        continue;
      }
      out.push(this.next());
    }
    return out;
  }
}

/** Joins type tokens into a normalised spelling: "const uint8_t *" → "const uint8_t*". */
export function typeText(tokens: Token[]): string {
  let s = "";
  for (const t of tokens) {
    if (t.text === "*" || t.text === "&" || t.text === "&&" || t.text === "::" || t.text === "<" || t.text === ">" || t.text === "," || t.text === "(" || t.text === ")") s = s.trimEnd() + t.text;
    else s += (s && !/[(<:]$/.test(s) ? " " : "") + t.text;
  }
  return s.replace(/\s+/g, " ").replace(/::\s/g, "::").trim();
}

/** Splits a parameter list's tokens at top-level commas. */
function splitTopLevel(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "(" || t.text === "<" || t.text === "[" || t.text === "{") depth++;
    if (t.text === ")" || t.text === ">" || t.text === "]" || t.text === "}") depth--;
    if (t.text === "," && depth === 0) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0);
}

function parseParam(tokens: Token[]): CppParam {
  let defaultValue: string | undefined;
  const eq = tokens.findIndex((t, i) => t.text === "=" && !tokens.slice(0, i).some((u) => u.text === "<"));
  if (eq >= 0) {
    defaultValue = tokens.slice(eq + 1).map((t) => t.text).join(" ").replace(/\s*([().,])\s*/g, "$1");
    tokens = tokens.slice(0, eq);
  }
  // Function pointer: R (*name)(args) or R (*)(args).
  const star = tokens.findIndex((t, i) => t.text === "(" && tokens[i + 1]?.text === "*");
  if (star >= 0) {
    const close = tokens.findIndex((t, i) => i > star && t.text === ")");
    const name = tokens.slice(star + 2, close).find((t) => t.kind === "id")?.text;
    const args = tokens.slice(close + 1);
    return { type: `${typeText(tokens.slice(0, star))}(*)${typeText(args)}`, name, defaultValue };
  }
  const last = tokens[tokens.length - 1];
  const hasName = tokens.length > 1 && last.kind === "id" && !["int", "char", "long", "short", "unsigned", "signed", "bool", "float", "double", "void", "const"].includes(last.text) && tokens[tokens.length - 2].text !== "::";
  // "unsigned long" with no name, "uint8_t" alone, "const char* name".
  const onlyType = tokens.length === 1 || !hasName;
  return { type: typeText(onlyType ? tokens : tokens.slice(0, -1)), name: onlyType ? undefined : last.text, defaultValue };
}

function parseParams(tokens: Token[]): CppParam[] {
  const inner = tokens.slice(1, -1);
  if (inner.length === 0 || (inner.length === 1 && inner[0].text === "void")) return [];
  return splitTopLevel(inner).map(parseParam);
}

/** The `( ... )` group starting at index i of tokens (i at "("); returns the index after it. */
function groupEnd(tokens: Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    if (tokens[j].text === "(") depth++;
    if (tokens[j].text === ")" && --depth === 0) return j + 1;
  }
  return tokens.length;
}

export function parseHeader(text: string): CppHeader {
  const { code, defines } = preprocess(text);
  const header: CppHeader = { defines, enums: [], typedefs: new Map(), classes: [], instances: [], functions: [], skipped: [] };
  readScope(new Reader(tokenize(code)), header, undefined);
  return header;
}

function readEnum(r: Reader, header: CppHeader, typedefName: boolean): void {
  r.expect("typedef");
  r.next(); // enum
  const scoped = r.expect("class") || r.expect("struct");
  let name = r.peek()?.kind === "id" ? r.next().text : undefined;
  if (r.expect(":")) while (!r.done() && !r.is("{") && !r.is(";")) r.next();
  if (!r.is("{")) { r.expect(";"); return; }
  const start = r.pos;
  r.skipGroup();
  const body = r.tokens.slice(start + 1, r.pos - 1);
  const members = splitTopLevel(body).map((m) => m[0]?.text).filter((m): m is string => !!m && /^[A-Za-z_]\w*$/.test(m));
  if (typedefName && r.peek()?.kind === "id") name = r.next().text;
  r.expect(";");
  header.enums.push({ name, scoped, members });
}

function readScope(r: Reader, header: CppHeader, cls: CppClass | undefined, defaultPublic = true): void {
  let isPublic = defaultPublic;
  while (!r.done()) {
    const t = r.peek()!;
    if (t.text === "}") { r.next(); r.expect(";"); return; }
    if (cls && (t.text === "public" || t.text === "private" || t.text === "protected") && r.is(":", 1)) {
      isPublic = t.text === "public";
      r.pos += 2;
      continue;
    }
    if (t.text === "namespace") {
      r.next();
      if (r.peek()?.kind === "id") r.next();
      if (r.expect("{")) readScope(r, header, undefined);
      continue;
    }
    if (t.text === "extern" && r.peek(1)?.kind === "str") { r.pos += 2; if (r.expect("{")) readScope(r, header, undefined); continue; }
    if (t.text === "template") {
      r.next();
      if (r.is("<")) r.skipGroup();
      const skipped = r.statement();
      if (isPublic) header.skipped.push(`template ${typeText(skipped).slice(0, 60)}`);
      continue;
    }
    if (t.text === "enum" || (t.text === "typedef" && r.is("enum", 1))) {
      if (isPublic) readEnum(r, header, t.text === "typedef");
      else r.statement();
      continue;
    }
    if ((t.text === "class" || t.text === "struct") && r.peek(1)?.kind === "id" && (r.is("{", 2) || r.is(":", 2) || r.is("final", 2))) {
      r.next();
      const name = r.next().text;
      const bases: string[] = [];
      r.expect("final");
      if (r.expect(":")) {
        while (!r.done() && !r.is("{")) {
          const b = r.next();
          if (b.kind === "id" && !["public", "private", "protected", "virtual"].includes(b.text)) bases.push(b.text);
        }
      }
      r.expect("{");
      const inner: CppClass = { name, bases, constructors: [], methods: [] };
      readScope(r, header, inner, t.text === "struct");
      if (isPublic && !cls) header.classes.push(inner);
      continue;
    }
    const stmt = r.statement();
    if (!isPublic || stmt.length === 0) continue;
    readDeclaration(stmt, header, cls);
  }
}

function readDeclaration(stmt: Token[], header: CppHeader, cls: CppClass | undefined): void {
  const text = typeText(stmt);
  if (stmt[0].text === "using" || stmt[0].text === "friend" || stmt[0].text === "static_assert") return;
  if (stmt[0].text === "typedef") {
    const body = stmt.slice(1);
    const fp = body.findIndex((t, i) => t.text === "(" && body[i + 1]?.text === "*");
    if (fp >= 0) {
      const close = body.findIndex((t, i) => i > fp && t.text === ")");
      const name = body.slice(fp + 2, close).find((t) => t.kind === "id")!.text;
      header.typedefs.set(name, `${typeText(body.slice(0, fp))}(*)${typeText(body.slice(close + 1))}`);
    } else if (body.length >= 2) {
      header.typedefs.set(body[body.length - 1].text, typeText(body.slice(0, -1)));
    }
    return;
  }
  const isStatic = stmt.some((t) => t.text === "static");
  let tokens = stmt.filter((t) => !QUALIFIERS.has(t.text));
  // Trailing attributes: __attribute__((...)), [[...]].
  tokens = dropAttributes(tokens);
  const open = tokens.findIndex((t) => t.text === "(");
  if (open < 0) {
    if (!cls && stmt[0].text === "extern" && tokens.length >= 2 && !tokens.some((t) => t.text === "[")) {
      header.instances.push({ type: typeText(tokens.slice(0, -1)), name: tokens[tokens.length - 1].text });
    }
    return; // a data member or a variable: not part of the binding
  }
  const name = tokens[open - 1];
  if (!name || (tokens[open - 2]?.text === "operator" || name.text === "operator")) {
    header.skipped.push(`${cls ? cls.name + "::" : ""}${text.slice(0, 60)} (operator)`);
    return;
  }
  if (tokens[open - 2]?.text === "~") return; // destructor
  const close = groupEnd(tokens, open);
  const params = parseParams(tokens.slice(open, close));
  const after = tokens.slice(close).map((t) => t.text);
  if (after.includes("delete")) return;
  if (cls && name.text === cls.name && open === tokens.indexOf(name) + 1 && tokens.indexOf(name) === 0) {
    cls.constructors.push(params);
    return;
  }
  const returnType = typeText(tokens.slice(0, open - 1));
  if (!returnType) {
    header.skipped.push(`${text.slice(0, 60)} (no return type)`);
    return;
  }
  const fn: CppFunction = { name: name.text, returnType, params, isStatic };
  if (cls) cls.methods.push(fn);
  else header.functions.push(fn);
}

function dropAttributes(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === "__attribute__" && tokens[i + 1]?.text === "(") {
      i = groupEnd(tokens, i + 1) - 1;
      continue;
    }
    out.push(tokens[i]);
  }
  return out;
}
