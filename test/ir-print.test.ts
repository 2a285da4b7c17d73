// The IR printer spells expression nodes with the parentheses C++ precedence needs and no others (plus those
// g++ -Wparentheses asks for), and reads the precedence of C++ text lowering still spells itself; it prints
// declarations (functions, classes, variables, namespaces, preprocessor conditionals) with #line directives.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { printExpr, textPrecedence } from "../compiler/src/ir/print.js";
import { binary, braces, discard, paren, call, cast, cond, lit, member, name, raw, returnStmt, unary, assignExpr, construct, type Span } from "../compiler/src/ir/nodes.js";
import { DOUBLE, INT32, STRING, VOID, named, optional } from "../compiler/src/ir/types.js";
import { classDecl, functionDecl, varDecl, type Decl } from "../compiler/src/ir/decls.js";
import { writeDecls } from "../compiler/src/ir/print-decls.js";
import { CppWriter } from "../compiler/src/emit.js";

const a = name("a");
const b = name("b");
const c = name("c");

describe("IR expression printer", () => {
  it("parenthesises by precedence and associativity only", () => {
    assert.equal(printExpr(binary("+", binary("*", a, b), c)), "a * b + c");
    assert.equal(printExpr(binary("*", binary("+", a, b), c)), "(a + b) * c");
    assert.equal(printExpr(binary("-", a, binary("-", b, c))), "a - (b - c)");
    assert.equal(printExpr(binary("-", binary("-", a, b), c)), "a - b - c");
    assert.equal(printExpr(unary("!", binary("==", a, b))), "!(a == b)");
    assert.equal(printExpr(unary("-", lit("-1.0"))), "-(-1.0)");
    assert.equal(printExpr(unary("++", member(a, "->", "n"), undefined, true)), "a->n++");
    assert.equal(printExpr(member(binary("+", a, b), ".", "length")), "(a + b).length");
  });

  it("adds the parentheses g++ -Wparentheses asks for", () => {
    assert.equal(printExpr(binary("||", binary("&&", a, b), c)), "(a && b) || c");
    assert.equal(printExpr(binary("&", binary("+", a, b), c)), "(a + b) & c");
    assert.equal(printExpr(binary("|", binary("|", a, b), c)), "a | b | c");
    assert.equal(printExpr(binary("<<", binary("-", a, b), c)), "(a - b) << c");
    assert.equal(printExpr(binary("==", binary("<", a, b), c)), "(a < b) == c");
  });

  it("prints calls, casts, conversions and conditionals", () => {
    assert.equal(printExpr(call("ts::toNumber", [binary("+", a, b)])), "ts::toNumber(a + b)");
    assert.equal(printExpr(cast(INT32, binary("&", a, b))), "static_cast<int32_t>(a & b)");
    assert.equal(printExpr(construct(optional(DOUBLE), [a])), "ts::Opt<double>(a)");
    assert.equal(printExpr(cond(assignExpr("=", a, b), a, cond(b, a, c))), "(a = b) ? a : b ? a : c");
    assert.equal(printExpr(call(member(a, "->", "f"), [binary(",", a, b)])), "a->f((a, b))");
    assert.equal(printExpr(paren(binary(",", discard(call("f", [])), braces([a, binary(",", b, c)])))), "((void)(f()), {a, (b, c)})");
  });

  it("reads the precedence of raw C++ text", () => {
    assert.equal(textPrecedence("x"), 2);
    assert.equal(textPrecedence("ts::Array<ts::Map<ts::String, double>>::empty()"), 2);
    assert.equal(textPrecedence("static_cast<double>(a + b)"), 2);
    assert.equal(textPrecedence('TS_STR("a + b")'), 2);
    assert.equal(textPrecedence("-x"), 3);
    assert.equal(textPrecedence("a->b"), 2);
    assert.equal(textPrecedence("a * b - c"), 6);
    assert.equal(textPrecedence("a < b && c"), 14);
    assert.equal(textPrecedence("a ? b : c"), 16);
    assert.equal(printExpr(binary("*", raw("a + b"), raw("c.get(0)"))), "(a + b) * c.get(0)");
    assert.equal(printExpr(binary("<", raw("a + b"), raw("-c"))), "a + b < -c");
  });
});

describe("IR declaration printer", () => {
  const at = (line: number): Span => ({ file: "main.ts", line, col: 1 });
  const print = (decls: readonly Decl[]): string => {
    const w = new CppWriter((f) => f);
    writeDecls(w, decls);
    return w.text();
  };

  it("prints prototypes and definitions, with #line from their spans", () => {
    const proto = functionDecl({ template: ["T"], ret: DOUBLE, name: "f", params: [{ type: named("T"), name: "x" }, { type: optional(DOUBLE), name: "y_arg", default: lit("ts::undefined") }], span: at(3) });
    assert.equal(print([proto]), '#line 3 "main.ts"\ntemplate <class T> double f(T x, ts::Opt<double> y_arg = ts::undefined);\n');
    const definition = functionDecl({ ret: DOUBLE, name: "twice", params: [{ type: DOUBLE, name: "x" }], body: [returnStmt(binary("*", name("x"), lit("2.0")), at(6))], span: at(5) });
    assert.equal(print([definition]), '#line 5 "main.ts"\ndouble twice(double x) {\n  return x * 2.0;\n}\n');
    // The statement on line 9 of the TypeScript is not the line after the head: it gets its own directive.
    const far = { ...definition, body: [returnStmt(name("x"), at(9))] };
    assert.equal(print([far]), '#line 5 "main.ts"\ndouble twice(double x) {\n#line 9 "main.ts"\n  return x;\n}\n');
  });

  it("prints members defined out of line and constructors with their base initialiser", () => {
    const method = functionDecl({ scopeTemplate: ["T"], specifiers: ["inline"], ret: named("T"), scope: "Box<T>", name: "get", params: [], body: [returnStmt(member(name("this"), "->", "value"))] });
    assert.equal(print([method]), "template <class T> inline T Box<T>::get() {\n  return this->value;\n}\n");
    const ctor = functionDecl({ scope: "Point", name: "Point", params: [{ type: DOUBLE, name: "x" }], init: construct("Shape", [name("x")]), body: [] });
    assert.equal(print([ctor]), "Point::Point(double x) : Shape(x) {\n}\n");
  });

  it("prints classes: bases, fields, one-line members, pure virtual and overriding methods", () => {
    const cls = classDecl({
      name: "Led",
      bases: [{ name: "Device" }, { name: "Named", virtual: true }],
      members: [
        varDecl({ type: DOUBLE, name: "pin", init: lit("0"), span: at(3) }),
        varDecl({ specifiers: ["static", "inline"], type: INT32, name: "count", init: lit("0") }),
        functionDecl({ ret: DOUBLE, name: "get_pin", params: [], override: true, body: [returnStmt(name("pin"))], oneLine: true }),
        functionDecl({ specifiers: ["virtual"], ret: VOID, name: "blink", params: [{ type: DOUBLE, name: "n" }], pure: true }),
        functionDecl({ ret: "const ts::ClassInfo*", name: "classInfo", params: [], isConst: true, override: true, body: [returnStmt(unary("&", name("classInfo_")))], oneLine: true }),
      ],
      span: at(1),
    });
    assert.equal(print([cls]), [
      '#line 1 "main.ts"',
      "class Led : public Device, public virtual Named {",
      " public:",
      "  double pin = 0;",
      "  static inline int32_t count = 0;",
      "  double get_pin() override { return pin; }",
      "  virtual void blink(double n) = 0;",
      "  const ts::ClassInfo* classInfo() const override { return &classInfo_; }",
      "};",
      "",
    ].join("\n"));
    assert.equal(print([classDecl({ template: ["K", "V"], name: "Pair" })]), "template <class K, class V> class Pair;\n");
  });

  it("prints globals: constants, flash arrays, constructed objects, static members and brace initialisers", () => {
    assert.equal(print([
      varDecl({ specifiers: ["static", "const"], type: "char", name: "HOST_text", array: true, attribute: "PROGMEM", init: lit('"example.org"') }),
      varDecl({ specifiers: ["const"], type: STRING, name: "HOST", init: call("ts::String::literal", [name("HOST_text"), lit("11"), lit("true")]) }),
      varDecl({ type: named("PubSubClient"), name: "mqtt", args: [name("espClient")] }),
      varDecl({ template: ["T"], specifiers: ["const"], type: "ts::ClassInfo", scope: "Box<T>", name: "classInfo_", init: braces([lit('"Box"'), lit("nullptr")]) }),
    ]), [
      'static const char HOST_text[] PROGMEM = "example.org";',
      "const ts::String HOST = ts::String::literal(HOST_text, 11, true);",
      "PubSubClient mqtt(espClient);",
      'template <class T> const ts::ClassInfo Box<T>::classInfo_ = {"Box", nullptr};',
      "",
    ].join("\n"));
  });

  it("prints namespaces and preprocessor conditionals; what follows a conditional maps itself again", () => {
    const ns: Decl = { kind: "namespace", name: "Color", body: [varDecl({ specifiers: ["constexpr"], type: DOUBLE, name: "Red", init: lit("0.0"), span: at(2) })], span: at(1) };
    const cond: Decl = { kind: "conditional", macro: "NO_CHECKS", then: [{ kind: "define", name: "f_rec1", value: "f" }], else: [functionDecl({ specifiers: ["static", "inline"], ret: VOID, name: "f_rec1", params: [] })] };
    // Line 9 is the implied line after the conditional, but its lines may be skipped: the directive is written.
    const after = varDecl({ type: DOUBLE, name: "x", init: lit("0"), span: at(9) });
    assert.equal(print([ns, cond, after]), [
      '#line 1 "main.ts"',
      "namespace Color {",
      "  constexpr double Red = 0.0;",
      "}",
      "#ifdef NO_CHECKS",
      "#define f_rec1 f",
      "#else",
      "static inline void f_rec1();",
      "#endif",
      '#line 9 "main.ts"',
      "double x = 0;",
      "",
    ].join("\n"));
  });
});
