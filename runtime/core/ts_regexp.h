// JavaScript's RegExp over the VM of ts_regexp_vm.h: `ts::RegExp` (a refcounted object: the flash program
// the compiler made from the pattern, `lastIndex`, `source`, `flags` and the flag booleans), `exec`/`test`
// with RegExpBuiltinExec's lastIndex rules, the match result `ts::RegExpMatch` (`m[i]`, `length`, `index`,
// `input`, `groups.name`), and the String members that take a RegExp: match, matchAll, replace,
// replaceAll (replacement patterns $$ $& $` $' $n $nn $<name>, or a function), split and search.
#pragma once

#include "ts_array.h"
#include "ts_object.h"
#include "ts_string.h"

namespace ts {

class RegExpMatch;

class RegExp : public Object {
 public:
  // program: the PROGMEM bytecode; source/flags: the pattern text and flags as written.
  RegExp(const uint8_t* program, const String& source, const String& flags);
  static Ref<RegExp> literal(const uint8_t* program, const String& source, const String& flags) { return make<RegExp>(program, source, flags); }
  static const ClassInfo classInfo_;
  const ClassInfo* classInfo() const override { return &classInfo_; }

  bool test(const String& s);
  Ref<RegExpMatch> exec(const String& s);
  String toString() const;
  const uint8_t* program() const { return program_; }

  double lastIndex = 0;
  const String source;
  const String flags;
  const bool global, ignoreCase, multiline, dotAll, unicode, sticky, hasIndices;

 private:
  const uint8_t* program_;
};

// The array exec/match return: the matched strings (undefined for groups that did not participate) plus
// index, input and the named groups.
class RegExpMatch : public Object {
 public:
  RegExpMatch(const Array<String>& items, double index, const String& input, const uint8_t* program);
  static const ClassInfo classInfo_;
  const ClassInfo* classInfo() const override { return &classInfo_; }

  String get(double i) const { return items.get(i); }
  // `m.groups.name` / `m.groups?.name`: the group's text, or undefined when it did not participate or the
  // pattern has no such group.
  String group(const String& name) const;
  bool hasGroups() const;
  // Arguments of a replacer function: (match, p1..pn, offset, string[, groups]) by position.
  String replacerString(uint32_t position) const;
  double replacerNumber(uint32_t position) const;
  Array<String> slice(double start = 0, double end = INFINITY) const { return items.slice(start, end); }
  String join() const { return items.join(); }
  String toString() const;  // String(m), `${m}`: the array's join(); the groups object has no primitive value
  String join(const String& sep) const { return items.join(sep); }
  bool includes(const String& s) const { return items.includes(s); }
  double indexOf(const String& s) const { return items.indexOf(s); }

  const uint8_t* program() const { return program_; }  // the pattern's bytecode (its group names)
  Array<String> items;
  double length;
  double index_;  // `m.index` (index is a C library name); NaN for the array of all matches of a global match()
  String input;
  bool groupsView = false;  // `m.groups` as a value: the same captures, shown as the groups object

 private:
  const uint8_t* program_;
};

String toString(const Ref<RegExp>& re);
// JSON.stringify: a match as the array of its strings (undefined as null), the groups object as its groups.
namespace json {
class Writer;
}
void tsJsonWrite(json::Writer& w, RegExpMatch* p);
// console.log: a RegExp as its literal (/a+/g); a match as Node shows the array (ts_regexp_inspect.cpp).
namespace detail {
struct Inspect;
}
String tsInspect(detail::Inspect& ctx, RegExp* p);
String tsInspect(detail::Inspect& ctx, RegExpMatch* p);
// `m.groups`: a view of the match's captures when the pattern has named groups (read with group(name); printed
// as the groups object), else undefined.
Ref<RegExpMatch> regexpGroups(const Ref<RegExpMatch>& m);
// `m?.groups` and `m?.groups.name` / `m?.groups?.name`: undefined when m is null or undefined.
inline Ref<RegExpMatch> regexpGroupsOf(const Ref<RegExpMatch>& m) { return m.isLive() ? regexpGroups(m) : Ref<RegExpMatch>(); }
inline String regexpGroupOf(const Ref<RegExpMatch>& m, const String& name) { return m.isLive() ? m->group(name) : String(); }

// String.prototype members with a RegExp argument.
Ref<RegExpMatch> regexpMatch(const String& s, const Ref<RegExp>& re);
Array<Ref<RegExpMatch>> regexpMatchAll(const String& s, const Ref<RegExp>& re);
String regexpReplace(const String& s, const Ref<RegExp>& re, const String& replacement);
String regexpReplaceAll(const String& s, const Ref<RegExp>& re, const String& replacement);
Array<String> regexpSplit(const String& s, const Ref<RegExp>& re, double limit = 4294967295.0);
double regexpSearch(const String& s, const Ref<RegExp>& re);

namespace detail {
// The matches replace() works on: every match with g (lastIndex reset, empty matches stepped over), else one.
Array<Ref<RegExpMatch>> replaceMatches(const String& s, const Ref<RegExp>& re, bool all);
String replaceWith(const String& s, const Array<Ref<RegExpMatch>>& matches, const String* replacement, String (*call)(void*, const RegExpMatch&), void* fn);
template <class F> String callReplacer(void* fn, const RegExpMatch& m) { return toString((*static_cast<F*>(fn))(m)); }
}  // namespace detail

// replace/replaceAll with a function: `f` takes the RegExpMatch (the compiler passes each parameter of the
// TypeScript callback by position, see replacerString/replacerNumber).
template <class F> String regexpReplaceFn(const String& s, const Ref<RegExp>& re, F f, bool all = false) {
  Array<Ref<RegExpMatch>> matches = detail::replaceMatches(s, re, all);
  return detail::replaceWith(s, matches, nullptr, &detail::callReplacer<F>, &f);
}

}  // namespace ts
