// console.log (util.inspect's layout) and JSON.stringify of regular expressions and their matches. A RegExp
// prints as its literal, `/a+/g`; the array of all matches of a global match() as an array of strings; an
// exec()/match() result as the array with its extra properties, `[ 'ab', 'b', index: 0, input: 'abc',
// groups: undefined ]` (a pattern with named groups lists them as `groups: [Object: null prototype] { … }`);
// `m.groups` as that object. JSON writes a match as its array of strings and `m.groups` as an object.
#include "ts_console.h"
#include "ts_json.h"
#include "ts_regexp.h"
#include "ts_regexp_vm.h"

namespace ts {

String tsInspect(detail::Inspect&, RegExp* p) { return concat(TS_STR("/"), p->source, TS_STR("/"), p->flags); }

namespace {
// `[Object: null prototype] { year: '2024', day: undefined }`, or `undefined` without named groups.
String groupsText(detail::Inspect& ctx, RegExpMatch* p) {
  const uint8_t* program = p->program();
  uint32_t n = regexp::captureCount(program);
  Array<String> entries = Array<String>::empty();
  ctx.depth++;
  ctx.indent += 2;
  for (uint32_t g = 1; g < n; g++) {
    uint32_t len;
    const uint8_t* name = regexp::groupName(program, g, &len);
    if (!len) continue;
    char buf[64];
    uint32_t k = len < sizeof buf ? len : sizeof buf - 1;
    for (uint32_t i = 0; i < k; i++) buf[i] = char(pgm_read_byte(name + i));
    entries.append(concat(String::fromUtf8(buf, k), TS_STR(": "), detail::inspect(ctx, p->items.get(g), true)));
  }
  ctx.indent -= 2;
  ctx.depth--;
  if (entries.size() == 0) return TS_STR("undefined");
  return detail::joinEntries(ctx, entries, "[Object: null prototype] {", "}", false, false, 0);
}
}  // namespace

String tsInspect(detail::Inspect& ctx, RegExpMatch* p) {
  if (p->groupsView) return ctx.depth > ctx.maxDepth ? TS_STR("[Object: null prototype]") : groupsText(ctx, p);
  if (ctx.depth > ctx.maxDepth) return TS_STR("[Array]");
  uint32_t n = p->items.size();
  Array<String> entries = Array<String>::withCapacity(n + 3);
  ctx.depth++;
  ctx.indent += 2;
  for (uint32_t i = 0; i < n; i++) entries.append(detail::inspect(ctx, p->items.get(i), true));
  if (p->index_ == p->index_) {  // not the array of a global match (NaN)
    entries.append(concat(TS_STR("index: "), detail::inspect(ctx, p->index_, true)));
    entries.append(concat(TS_STR("input: "), detail::inspect(ctx, p->input, true)));
    entries.append(concat(TS_STR("groups: "), groupsText(ctx, p)));
  }
  ctx.indent -= 2;
  ctx.depth--;
  return detail::joinEntries(ctx, entries, "[", "]", true, false, 0);
}

void tsJsonWrite(json::Writer& w, RegExpMatch* p) {
  bool first = true;
  if (!p->groupsView) {
    w.open('[');
    for (uint32_t i = 0; i < p->items.size(); i++) {
      w.element(first);
      String item = p->items.get(i);
      if (item.isLive()) w.string(item);
      else w.raw("null");
    }
    return w.close(first, ']');
  }
  const uint8_t* program = p->program();
  uint32_t n = regexp::captureCount(program);
  w.open('{');
  for (uint32_t g = 1; g < n; g++) {
    uint32_t len;
    const uint8_t* name = regexp::groupName(program, g, &len);
    String item = p->items.get(g);
    if (!len || !item.isLive()) continue;  // an unmatched group is undefined: left out
    char buf[64];
    uint32_t k = len < sizeof buf ? len : sizeof buf - 1;
    for (uint32_t i = 0; i < k; i++) buf[i] = char(pgm_read_byte(name + i));
    w.key(first, String::fromUtf8(buf, k));
    w.string(item);
  }
  w.close(first, '}');
}

}  // namespace ts
