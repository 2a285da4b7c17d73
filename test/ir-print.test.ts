// The IR printer spells expression nodes with the parentheses C++ precedence needs and no others (plus those
// g++ -Wparentheses asks for), and reads the precedence of C++ text lowering still spells itself.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { printExpr, textPrecedence } from "../compiler/src/ir/print.js";
import { binary, call, cast, cond, lit, member, name, raw, unary, assignExpr, construct } from "../compiler/src/ir/nodes.js";
import { DOUBLE, INT32, optional } from "../compiler/src/ir/types.js";

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
