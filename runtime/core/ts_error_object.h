// The Error objects of `throw`/`catch`: ts::Error (name, message, where it was first thrown) and the runtime's
// RangeError/TypeError/SyntaxError/ReferenceError; user classes `extends Error` derive from ts::Error. ts::raise makes a
// thrown error pending while a try is active (the generated code then returns or jumps to its catch) or
// reports it as uncaught; see ts_error.h for the pending state.
#pragma once

#include "ts_error.h"
#include "ts_object.h"
#include "ts_string.h"

namespace ts {

class Error : public Object {
 public:
  explicit Error(const String& message = String()) : name(TS_STR("Error")), message(message.isLive() ? message : String::empty()) {}
  Error(const String& name, const String& message) : name(name), message(message.isLive() ? message : String::empty()) {}
  static const ClassInfo classInfo_;
  const ClassInfo* classInfo() const override { return &classInfo_; }
  // Error.prototype.toString: "name: message", or just one of them when the other is empty.
  String toString() const;
  // String(e) calls the dynamic class's toString() (a user subclass may declare one): ts_string.h.
  static constexpr bool tsDynamicToString = true;
  String tsToString() override { return toString(); }

  String name;
  String message;
  const char* thrownFile = nullptr;  // PGM_P of the .ts file of the first throw (for the Uncaught report)
  int thrownLine = 0;
};

#define TSD_ERROR_SUBCLASS(Name)                                                               \
  class Name : public Error {                                                                  \
   public:                                                                                     \
    explicit Name(const String& message = String()) : Error(TS_STR(#Name), message) {}         \
    static const ClassInfo classInfo_;                                                         \
    const ClassInfo* classInfo() const override { return &classInfo_; }                        \
  };
TSD_ERROR_SUBCLASS(RangeError)
TSD_ERROR_SUBCLASS(TypeError)
TSD_ERROR_SUBCLASS(SyntaxError)
TSD_ERROR_SUBCLASS(ReferenceError)
#undef TSD_ERROR_SUBCLASS

// `throw e`: pending when a try is active (returns; the caller propagates), else "Uncaught <String(e)>" and
// the .ts line of the first throw, then the program stops.
void raise(const Ref<Error>& e, const char* file, int line);
// `throw e` in a function whose every call is inside a try with a catch (compiler/src/lower/errors-caught.ts):
// the error becomes pending without looking at the try regions (the calls need no ts::TryScope).
TSD_COLD void raisePending(const Ref<Error>& e, const char* file, int line);
// `throw e` in a program without any try (nothing can catch it): "Uncaught …", then the program stops. Never
// returning, it lets g++ treat the throw as a cold exit (split it off and inline the rest of the function).
[[noreturn]] TSD_COLD void raiseUncaught(const Ref<Error>& e, const char* file, int line);
// Takes the pending error (the catch clause's binding; a finally keeps it aside while its body runs).
inline Ref<Error> takeError() {
  Error* e = static_cast<Error*>(detail::pendingError);
  detail::pendingError = nullptr;
  return Ref<Error>(e, AdoptTag());
}

}  // namespace ts
