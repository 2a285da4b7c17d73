// RegExp objects, match results and the String members that take a RegExp (see ts_regexp.h), following
// ECMAScript's RegExpBuiltinExec, @@match, @@matchAll, @@replace (GetSubstitution), @@split and @@search.
#include "ts_regexp.h"

#include "ts_error.h"
#include "ts_regexp_vm.h"
#include "ts_string_internal.h"

namespace ts {

const ClassInfo RegExp::classInfo_ = {"RegExp", nullptr};
const ClassInfo RegExpMatch::classInfo_ = {"RegExpMatch", nullptr};

namespace {

using detail::Units;

regexp::Input inputOf(const Units& u) {
  return regexp::Input{u.ascii() ? reinterpret_cast<const uint8_t*>(u.asciiBytes()) : nullptr, u.wide(), u.size()};
}

bool hasFlag(const uint8_t* program, uint8_t flag) { return regexp::programFlags(program) & flag; }

// ToLength(lastIndex) as an index, saturated.
uint32_t lastIndexOf(double d) {
  if (!(d > 0)) return 0;
  return d >= 4294967295.0 ? 0xFFFFFFFFu : uint32_t(d);
}

uint32_t advance(const Units& u, uint32_t i, bool unicode) {
  if (unicode && i + 1 < u.size() && u[i] >= 0xD800 && u[i] <= 0xDBFF && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) return i + 2;
  return i + 1;
}

// Runs the VM; caps holds 2 * captureCount entries. Returns whether it matched.
class Captures {
 public:
  explicit Captures(const uint8_t* program) : n_(regexp::captureCount(program)) {
    caps_ = static_cast<int32_t*>(malloc(sizeof(int32_t) * 2 * n_));
    if (!caps_) uncaught(PSTR("RangeError: out of memory"));
  }
  ~Captures() { free(caps_); }
  Captures(const Captures&) = delete;
  Captures& operator=(const Captures&) = delete;
  int32_t* data() { return caps_; }
  uint32_t count() const { return n_; }
  int32_t start(uint32_t g) const { return caps_[2 * g]; }
  int32_t end(uint32_t g) const { return caps_[2 * g + 1]; }

 private:
  uint32_t n_;
  int32_t* caps_;
};

Ref<RegExpMatch> makeMatch(const Units& u, const String& s, const Captures& c, const uint8_t* program) {
  Array<String> items = Array<String>::withCapacity(c.count());
  for (uint32_t g = 0; g < c.count(); g++) {
    if (c.start(g) < 0 || c.end(g) < 0) items.push(String());
    else items.push(u.slice(uint32_t(c.start(g)), uint32_t(c.end(g))));
  }
  return make<RegExpMatch>(items, double(c.start(0)), s, program);
}

// RegExpBuiltinExec over an already decoded string.
Ref<RegExpMatch> builtinExec(RegExp& re, const Units& u, const String& s) {
  bool globalOrSticky = re.global || re.sticky;
  uint32_t last = globalOrSticky ? lastIndexOf(re.lastIndex) : 0;
  if (last > u.size()) {
    if (globalOrSticky) re.lastIndex = 0;
    return Ref<RegExpMatch>(null);
  }
  Captures c(re.program());
  if (!regexp::exec(re.program(), inputOf(u), last, c.data())) {
    if (globalOrSticky) re.lastIndex = 0;
    return Ref<RegExpMatch>(null);
  }
  if (globalOrSticky) re.lastIndex = c.end(0);
  return makeMatch(u, s, c, re.program());
}

void requireLive(const Ref<RegExp>& re) {
  if (!re.isLive()) detail::nullDereference();
}

// `s.replace(re, …)` with s undefined (a parameter given an element past the end): Node's TypeError names the
// member, as String's own methods do (TSD_RECEIVER), before the pattern is looked at.
void requireSubject(const String& s, PGM_P member) {
  if (TSD_UNLIKELY(!s.isLive())) detail::nullishMember(s, member);
}

}  // namespace

RegExp::RegExp(const uint8_t* program, const String& source, const String& flags)
    : source(source), flags(flags), global(hasFlag(program, regexp::kGlobal)), ignoreCase(hasFlag(program, regexp::kIgnoreCase)),
      multiline(hasFlag(program, regexp::kMultiline)), dotAll(hasFlag(program, regexp::kDotAll)), unicode(hasFlag(program, regexp::kUnicode)),
      sticky(hasFlag(program, regexp::kSticky)), hasIndices(hasFlag(program, regexp::kHasIndices)), program_(program) {}

// exec/test of a string-typed undefined or null (an element read past the end) search "undefined"/"null", as
// JavaScript's ToString of the argument does.
bool RegExp::test(const String& s) {
  if (!s.isLive()) return test(ts::toString(s));
  Units u(s);
  bool globalOrSticky = global || sticky;
  uint32_t last = globalOrSticky ? lastIndexOf(lastIndex) : 0;
  if (last > u.size()) {
    if (globalOrSticky) lastIndex = 0;
    return false;
  }
  Captures c(program_);
  if (!regexp::exec(program_, inputOf(u), last, c.data())) {
    if (globalOrSticky) lastIndex = 0;
    return false;
  }
  if (globalOrSticky) lastIndex = c.end(0);
  return true;
}

Ref<RegExpMatch> RegExp::exec(const String& s) {
  if (!s.isLive()) return exec(ts::toString(s));
  Units u(s);
  return builtinExec(*this, u, s);
}

String RegExp::toString() const { return concat(TS_STR("/"), source, TS_STR("/"), flags); }

String toString(const Ref<RegExp>& re) {
  if (!re.isLive()) return re.isNullState() ? TS_STR("null") : TS_STR("undefined");
  return re->toString();
}

RegExpMatch::RegExpMatch(const Array<String>& items, double index, const String& input, const uint8_t* program)
    : items(items), length(items.size()), index_(index), input(input), program_(program) {}

Ref<RegExpMatch> regexpGroups(const Ref<RegExpMatch>& m) {
  if (!m.isLive()) detail::nullDereference();
  if (!m->hasGroups()) return Ref<RegExpMatch>();
  if (m->groupsView) return m;
  Ref<RegExpMatch> view = make<RegExpMatch>(m->items, m->index_, m->input, m->program());
  view->groupsView = true;
  return view;
}

String RegExpMatch::toString() const {
  // Node: String() of the groups object (null prototype: no toString) is a TypeError.
  if (groupsView) uncaught(PSTR("TypeError: Cannot convert object to primitive value"));
  return items.join();
}

bool RegExpMatch::hasGroups() const {
  uint32_t n = regexp::captureCount(program_);
  for (uint32_t g = 1; g < n; g++) {
    uint32_t len;
    regexp::groupName(program_, g, &len);
    if (len) return true;
  }
  return false;
}

// A group name in the flash bytecode equals `ram`; byte by byte through pgm_read_byte (memcmp_P is missing
// from the core's tests/host emulation).
static bool equalsFlash(const char* ram, const uint8_t* flash, uint32_t len) {
  for (uint32_t i = 0; i < len; i++) {
    if ((uint8_t)ram[i] != pgm_read_byte(flash + i)) return false;
  }
  return true;
}

String RegExpMatch::group(const String& name) const {
  detail::Bytes want(name);
  uint32_t n = regexp::captureCount(program_);
  for (uint32_t g = 1; g < n; g++) {
    uint32_t len;
    const uint8_t* text = regexp::groupName(program_, g, &len);
    if (len == want.size() && equalsFlash(want.data(), text, len)) return g < items.size() ? items.get(g) : String();
  }
  return String();
}

String RegExpMatch::replacerString(uint32_t position) const {
  uint32_t n = items.size();
  if (position < n) return items.get(position);
  if (position == n) return ts::toString(index_);
  if (position == n + 1) return input;
  return String();
}

double RegExpMatch::replacerNumber(uint32_t position) const {
  if (position == items.size()) return index_;
  return NAN;
}

Ref<RegExpMatch> regexpMatch(const String& s, const Ref<RegExp>& re) {
  requireSubject(s, PSTR("match"));
  requireLive(re);
  if (!re->global) return re->exec(s);
  Units u(s);
  re->lastIndex = 0;
  Array<String> all = Array<String>::empty();
  for (;;) {
    Ref<RegExpMatch> m = builtinExec(*re, u, s);
    if (!m.isLive()) break;
    String text = m->items.get(0);
    all.push(text);
    if (text.byteLength() == 0) re->lastIndex = advance(u, lastIndexOf(re->lastIndex), re->unicode);
  }
  if (all.size() == 0) return Ref<RegExpMatch>(null);
  return make<RegExpMatch>(all, NAN, String(), re->program());
}

Array<Ref<RegExpMatch>> regexpMatchAll(const String& s, const Ref<RegExp>& re) {
  requireSubject(s, PSTR("matchAll"));
  requireLive(re);
  if (!re->global) uncaught(PSTR("TypeError: String.prototype.matchAll called with a non-global RegExp argument"));
  // Like the spec, the iteration runs on a copy: the argument's lastIndex is not changed.
  RegExp copy(re->program(), re->source, re->flags);
  copy.lastIndex = re->lastIndex;
  Units u(s);
  Array<Ref<RegExpMatch>> out = Array<Ref<RegExpMatch>>::empty();
  for (;;) {
    Ref<RegExpMatch> m = builtinExec(copy, u, s);
    if (!m.isLive()) break;
    if (m->items.get(0).byteLength() == 0) copy.lastIndex = advance(u, lastIndexOf(copy.lastIndex), copy.unicode);
    out.push(m);
  }
  return out;
}

namespace detail {

Array<Ref<RegExpMatch>> replaceMatches(const String& s, const Ref<RegExp>& re, bool all) {
  requireSubject(s, all ? PSTR("replaceAll") : PSTR("replace"));
  requireLive(re);
  if (all && !re->global) uncaught(PSTR("TypeError: replaceAll must be called with a global RegExp"));
  Units u(s);
  Array<Ref<RegExpMatch>> out = Array<Ref<RegExpMatch>>::empty();
  if (!re->global) {
    Ref<RegExpMatch> m = builtinExec(*re, u, s);
    if (m.isLive()) out.push(m);
    return out;
  }
  re->lastIndex = 0;
  for (;;) {
    Ref<RegExpMatch> m = builtinExec(*re, u, s);
    if (!m.isLive()) break;
    if (m->items.get(0).byteLength() == 0) re->lastIndex = advance(u, lastIndexOf(re->lastIndex), re->unicode);
    out.push(m);
  }
  return out;
}

namespace {
// GetSubstitution: appends the expansion of `replacement` for match m.
void substitute(Builder& out, const Units& str, const RegExpMatch& m, const Units& rep, bool namedGroups) {
  uint32_t position = uint32_t(m.index_);
  uint32_t matchLength = Units(m.items.get(0)).size();
  uint32_t captures = m.items.size() - 1;
  uint32_t n = rep.size();
  for (uint32_t i = 0; i < n;) {
    uint16_t c = rep[i];
    if (c != '$' || i + 1 >= n) {
      uint32_t j = i + 1;
      while (j < n && rep[j] != '$') j++;
      out.appendUnits(rep, i, j);
      i = j;
      continue;
    }
    uint16_t d = rep[i + 1];
    if (d == '$') {
      out.appendAscii('$');
      i += 2;
    } else if (d == '&') {
      out.appendString(m.items.get(0));
      i += 2;
    } else if (d == '`') {
      out.appendUnits(str, 0, position);
      i += 2;
    } else if (d == '\'') {
      uint32_t tail = position + matchLength < str.size() ? position + matchLength : str.size();
      out.appendUnits(str, tail, str.size());
      i += 2;
    } else if (d >= '0' && d <= '9') {
      uint32_t digits = (i + 2 < n && rep[i + 2] >= '0' && rep[i + 2] <= '9') ? 2 : 1;
      uint32_t index = digits == 2 ? (d - '0') * 10 + (rep[i + 2] - '0') : d - '0';
      if (digits == 2 && index > captures) digits = 1, index = d - '0';
      if (index >= 1 && index <= captures) {
        String cap = m.items.get(index);
        if (cap.isLive()) out.appendString(cap);
      } else {
        out.appendUnits(rep, i, i + 1 + digits);
      }
      i += 1 + digits;
    } else if (d == '<' && namedGroups) {
      uint32_t close = i + 2;
      while (close < n && rep[close] != '>') close++;
      if (close >= n) {
        out.appendUnits(rep, i, i + 2);
        i += 2;
      } else {
        String cap = m.group(rep.slice(i + 2, close));
        if (cap.isLive()) out.appendString(cap);
        i = close + 1;
      }
    } else {
      out.appendAscii('$');
      i += 1;
    }
  }
}
}  // namespace

String replaceWith(const String& s, const Array<Ref<RegExpMatch>>& matches, const String* replacement, String (*call)(void*, const RegExpMatch&), void* fn) {
  if (matches.size() == 0) return s;
  Units u(s);
  Builder out(u.size());
  uint32_t next = 0;
  bool named = matches.get(0u)->hasGroups();
  for (uint32_t k = 0; k < matches.size(); k++) {
    const RegExpMatch& m = *matches.get(k);
    uint32_t position = uint32_t(m.index_);
    uint32_t end = position + Units(m.items.get(0)).size();
    if (position < next) continue;
    out.appendUnits(u, next, position);
    if (replacement) {
      Units rep(*replacement);
      substitute(out, u, m, rep, named);
    } else {
      out.appendString(call(fn, m));
    }
    next = end;
  }
  out.appendUnits(u, next, u.size());
  return out.finish();
}

}  // namespace detail

String regexpReplace(const String& s, const Ref<RegExp>& re, const String& replacement) {
  return detail::replaceWith(s, detail::replaceMatches(s, re, false), &replacement, nullptr, nullptr);
}

String regexpReplaceAll(const String& s, const Ref<RegExp>& re, const String& replacement) {
  return detail::replaceWith(s, detail::replaceMatches(s, re, true), &replacement, nullptr, nullptr);
}

Array<String> regexpSplit(const String& s, const Ref<RegExp>& re, double limit) {
  requireSubject(s, PSTR("split"));
  requireLive(re);
  Units u(s);
  Array<String> out = Array<String>::empty();
  uint32_t lim = limit != limit ? 0 : uint32_t(int64_t(fmod(trunc(limit), 4294967296.0) + 4294967296.0) % 4294967296LL);
  if (limit == 4294967295.0) lim = 0xFFFFFFFFu;
  if (lim == 0) return out;
  const uint8_t* program = re->program();
  Captures c(program);
  regexp::Input in = inputOf(u);
  uint32_t size = u.size();
  if (size == 0) {
    if (!regexp::exec(program, in, 0, c.data(), true)) out.push(s);
    return out;
  }
  if (!re->sticky) {
    // V8's split for a non-sticky pattern searches from each position (so, with u, an assertion can match
    // between the halves of a surrogate pair, as in exec) and steps over an empty match where the last
    // piece ended.
    uint32_t last = 0, next = 0;
    while (next < size) {
      if (!regexp::exec(program, in, next, c.data())) break;
      uint32_t from = uint32_t(c.start(0)), to = uint32_t(c.end(0));
      if (from >= size) break;
      if (to == next && to == last) {
        next = advance(u, next, re->unicode);
        continue;
      }
      out.push(u.slice(last, from));
      if (out.size() == lim) return out;
      for (uint32_t g = 1; g < c.count(); g++) {
        out.push(c.start(g) < 0 || c.end(g) < 0 ? String() : u.slice(uint32_t(c.start(g)), uint32_t(c.end(g))));
        if (out.size() == lim) return out;
      }
      last = next = to;
    }
    out.push(u.slice(last, size));
    return out;
  }
  // A sticky pattern: ECMAScript's @@split, each attempt matching at exactly q.
  auto matchAt = [&](uint32_t q) -> bool { return regexp::exec(program, in, q, c.data(), true); };
  uint32_t p = 0, q = 0;
  while (q < size) {
    if (!matchAt(q)) {
      q = advance(u, q, re->unicode);
      continue;
    }
    uint32_t e = uint32_t(c.end(0)) < size ? uint32_t(c.end(0)) : size;
    if (e == p) {
      q = advance(u, q, re->unicode);
      continue;
    }
    out.push(u.slice(p, q));
    if (out.size() == lim) return out;
    p = e;
    for (uint32_t g = 1; g < c.count(); g++) {
      out.push(c.start(g) < 0 || c.end(g) < 0 ? String() : u.slice(uint32_t(c.start(g)), uint32_t(c.end(g))));
      if (out.size() == lim) return out;
    }
    q = p;
  }
  out.push(u.slice(p, size));
  return out;
}

double regexpSearch(const String& s, const Ref<RegExp>& re) {
  requireSubject(s, PSTR("search"));
  requireLive(re);
  Units u(s);
  Captures c(re->program());
  // search() ignores g and lastIndex (and leaves lastIndex as it was); a sticky pattern tries only index 0.
  if (!regexp::exec(re->program(), inputOf(u), 0, c.data())) return -1;
  return c.start(0);
}

}  // namespace ts
