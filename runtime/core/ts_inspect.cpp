// ObjectInspect: the brace, the depth limit and the single-line/multi-line choice for class and record
// instances (formatRaw and reduceToSingleString of Node's lib/internal/util/inspect.js).
#include "ts_inspect.h"

namespace ts {
namespace detail {

String (*inspectAny)(Inspect& ctx, Object* p) = nullptr;

namespace {
String openBrace(const char* className) {
  return className == nullptr ? TS_STR("{") : concat(String::fromUtf8(className), TS_STR(" {"));
}
}  // namespace

ObjectInspect::ObjectInspect(Inspect& ctx, const Object* self, const char* className, uint32_t keys, bool array)
    : ctx_(ctx), self_(self), className_(className), entries_(Array<String>::empty()), array_(array) {
  if (keys == 0) {
    result_ = array ? TS_STR("[]") : concat(openBrace(className), TS_STR("}"));
    done_ = true;
  } else if (ctx.depth > ctx.maxDepth) {
    result_ = array ? TS_STR("[Array]") : className == nullptr ? TS_STR("[Object]") : concat(TS_STR("["), String::fromUtf8(className), TS_STR("]"));
    done_ = true;
  } else {
    if (ctx.seenCount < 4) ctx.seen[ctx.seenCount] = self;
    ctx.seenCount++;
    ctx.depth++;
    ctx.indent += 2;
  }
}

String ObjectInspect::finish() {
  ctx_.indent -= 2;
  ctx_.depth--;
  ctx_.seenCount--;
  String brace = array_ ? TS_STR("[") : openBrace(className_);
  int index = ctx_.circularIndex(self_);
  if (index != 0) brace = concat(TS_STR("<ref *"), double(index), TS_STR("> "), brace);
  return joinEntries(ctx_, entries_, brace.c_str(), array_ ? "]" : "}", array_, false, 0, index != 0 ? -1 : 0);
}

}  // namespace detail
}  // namespace ts
