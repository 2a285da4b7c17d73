// raise / raiseRuntime: the catchable path of thrown errors (ts_error_object.h, ts_error.h).
#include "ts_error_object.h"

#include "ts_function.h"


namespace ts {

namespace detail {
Object* pendingError = nullptr;
uint16_t catchDepth = 0;
}  // namespace detail

const ClassInfo Error::classInfo_ = {"Error", nullptr};
const ClassInfo RangeError::classInfo_ = {"RangeError", &Error::classInfo_};
const ClassInfo TypeError::classInfo_ = {"TypeError", &Error::classInfo_};
const ClassInfo SyntaxError::classInfo_ = {"SyntaxError", &Error::classInfo_};
const ClassInfo ReferenceError::classInfo_ = {"ReferenceError", &Error::classInfo_};

String Error::toString() const {
  String n = ts::toString(name);
  if (message.byteLength() == 0) return n;
  if (n.byteLength() == 0) return message;
  return concat(n, TS_STR(": "), message);
}

namespace {
// Node prints an uncaught error with util.inspect, which names the class where it differs from a `name`
// ending in "Error": "StorageError: m" for `class StorageError extends Error` that keeps the name "Error",
// "Foo [Error]: m" when the class name does not contain the name (improveStack, lib/internal/util/inspect.js).
String uncaughtText(const Error& e, const String& text) {
  String name = ts::toString(e.name);
  String cls = String::fromUtf8(e.classInfo()->name);
  if (!name.endsWith(TS_STR("Error")) || cls.equals(name) || !text.startsWith(name)) return text;
  String rest = text.slice(name.unitLength());
  if (rest.byteLength() != 0 && !rest.startsWith(TS_STR(":")) && !rest.startsWith(TS_STR("\n"))) return text;
  if (cls.includes(name)) return concat(cls, rest);
  return concat(cls, TS_STR(" ["), name, TS_STR("]"), rest);
}
}  // namespace

void raise(const Ref<Error>& e, const char* file, int line) {
  if (detail::catchDepth > 0) return raisePending(e, file, line);
  Error* p = e.get();
  if (p == nullptr) uncaught(PSTR("TypeError: Cannot read properties of undefined"), file, line);
  if (p->thrownFile == nullptr) {
    p->thrownFile = file;
    p->thrownLine = line;
  }
  uncaughtThrown(uncaughtText(*p, ts::toString(e)), p->thrownFile, p->thrownLine);
}

void raisePending(const Ref<Error>& e, const char* file, int line) {
  Error* p = e.get();
  if (p == nullptr) uncaught(PSTR("TypeError: Cannot read properties of undefined"), file, line);
  if (p->thrownFile == nullptr) {
    p->thrownFile = file;
    p->thrownLine = line;
  }
  if (detail::pendingError != nullptr) releaseObject(detail::pendingError);
  retainObject(p);
  detail::pendingError = p;
}

void raiseUncaught(const Ref<Error>& e, const char* file, int line) {
  raise(e, file, line);
  uncaught(PSTR("Error: internal error: a throw returned in a program without try"));
}

void pendingErrorInvariantBroken() { uncaught(PSTR("Error: internal error: an error was pending in normal control flow")); }

void raiseRuntime(const char* flashMessage) {
  if (detail::catchDepth == 0) uncaught(flashMessage);
  char text[160];
  size_t n = strlen_P(flashMessage);
  if (n >= sizeof text) n = sizeof text - 1;
  memcpy_P(text, flashMessage, n);
  text[n] = 0;
  raiseRuntimeText(text);
}

void raiseRuntimeText(const char* text) {
  if (detail::catchDepth == 0) uncaughtString(String::fromUtf8(text));
  // "RangeError: text" → a RangeError with message "text"; other class names become plain Errors.
  const char* colon = strstr(text, ": ");
  String message = String::fromUtf8(colon ? colon + 2 : text);
  Ref<Error> e;
  if (colon && strncmp(text, "RangeError", 10) == 0) e = make<RangeError>(message);
  else if (colon && strncmp(text, "TypeError", 9) == 0) e = make<TypeError>(message);
  else if (colon && strncmp(text, "SyntaxError", 11) == 0) e = make<SyntaxError>(message);
  else e = make<Error>(message);
  raise(e, nullptr, 0);
}

namespace detail {
void raiseNullishProperty(bool isNull, PGM_P member, bool setting) {
  if (catchDepth == 0) nullishProperty(isNull, member, setting);
  String text = concat(setting ? TS_STR("Cannot set properties of ") : TS_STR("Cannot read properties of "), isNull ? TS_STR("null") : TS_STR("undefined"),
                       setting ? TS_STR(" (setting '") : TS_STR(" (reading '"), String::literal(member, strlen_P(member)), TS_STR("')"));
  raise(make<TypeError>(text), nullptr, 0);
}

void raiseNullishDestructure(bool isNull, PGM_P property, PGM_P source) {
  if (catchDepth == 0) nullishDestructure(isNull, property, source);
  String text = property ? concat(TS_STR("Cannot destructure property '"), String::literal(property, strlen_P(property)), TS_STR("' of '"), String::literal(source, strlen_P(source)),
                                  isNull ? TS_STR("' as it is null.") : TS_STR("' as it is undefined."))
                         : concat(TS_STR("Cannot destructure '"), String::literal(source, strlen_P(source)), isNull ? TS_STR("' as it is null.") : TS_STR("' as it is undefined."));
  raise(make<TypeError>(text), nullptr, 0);
}

void raiseNullishIndex(bool isNull, double index, bool setting) {
  String text = concat(setting ? TS_STR("Cannot set properties of ") : TS_STR("Cannot read properties of "), isNull ? TS_STR("null") : TS_STR("undefined"),
                       setting ? TS_STR(" (setting '") : TS_STR(" (reading '"), toString(index), TS_STR("')"));
  if (catchDepth == 0) uncaughtString(concat(TS_STR("TypeError: "), text));
  raise(make<TypeError>(text), nullptr, 0);
}

void raiseNotIterable(PGM_P text) {
  String message = concat(String::literal(text, strlen_P(text)), TS_STR(" is not iterable"));
  if (catchDepth == 0) uncaughtString(concat(TS_STR("TypeError: "), message));
  raise(make<TypeError>(message), nullptr, 0);
}

void raiseNotInitialised(PGM_P name) {
  String message = concat(TS_STR("Cannot access '"), String::literal(name, strlen_P(name)), TS_STR("' before initialization"));
  if (catchDepth == 0) uncaughtString(concat(TS_STR("ReferenceError: "), message));
  raise(make<ReferenceError>(message), nullptr, 0);
}

static String patternNotIterableText(bool isNull) {
  return isNull ? TS_STR("object null is not iterable (cannot read property Symbol(Symbol.iterator))") : TS_STR("undefined is not iterable (cannot read property Symbol(Symbol.iterator))");
}

void patternNotIterable(bool isNull) { uncaughtString(concat(TS_STR("TypeError: "), patternNotIterableText(isNull))); }

void raisePatternNotIterable(bool isNull) {
  if (catchDepth == 0) patternNotIterable(isNull);
  raise(make<TypeError>(patternNotIterableText(isNull)), nullptr, 0);
}

void raiseNotAFunction(PGM_P callee) {
  if (catchDepth == 0) notAFunction(callee);
  raise(make<TypeError>(concat(String::literal(callee, strlen_P(callee)), TS_STR(" is not a function"))), nullptr, 0);
}
}  // namespace detail

}  // namespace ts
